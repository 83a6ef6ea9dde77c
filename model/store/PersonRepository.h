#pragma once

#include "journey/Person.h"

#include <QList>
#include <optional>

namespace ameli {

class Database;

class PersonRepository
{
public:
    explicit PersonRepository(const Database &database);

    std::optional<Person> findByNir(const QString &nir13) const;
    std::optional<Person> findById(qint64 id) const;
    QList<Person> all() const;
    // The first `count` persons, in the order they were added.
    QList<Person> first(int count) const;
    int count() const;

    // Inserts the person and an account in state "no code"; returns the new id.
    qint64 insert(const Person &person) const;
    // Many persons at once (a cohort import): PersonBulkInserter.
    void updateEmailOnFile(qint64 id, const QString &email) const;

private:
    const Database &m_database;
};

} // namespace ameli
