#pragma once

#include "journey/Person.h"

#include <QHash>
#include <QSqlQuery>

namespace ameli {

class Database;

// Writes many persons with their accounts, each statement prepared once, inside the caller's
// transaction (a cohort import). A number already stored is not an error here: the caller
// learns which row holds it and says so with the line it came from. For the import's length,
// SQLite keeps more pages in memory (64 MiB) than its default 2 MiB.
class PersonBulkInserter
{
public:
    struct Outcome
    {
        bool inserted = false;
        // When not inserted: the position, among the rows this inserter wrote, of the one that
        // has the number (0 for the first), or -1 if it was stored before.
        qint64 existingRow = -1;
    };

    explicit PersonBulkInserter(const Database &database);
    ~PersonBulkInserter();
    PersonBulkInserter(const PersonBulkInserter &) = delete;
    PersonBulkInserter &operator=(const PersonBulkInserter &) = delete;

    Outcome insert(const Person &person);

private:
    const Database &m_database;
    QSqlQuery m_person;
    QSqlQuery m_account;
    QSqlQuery m_existing;
    qint64 m_firstId = -1;
    qint64 m_written = 0;
    QHash<qint64, qint64> m_rowOfId; // on a server only
};

} // namespace ameli
