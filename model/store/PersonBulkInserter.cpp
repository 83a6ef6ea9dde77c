#include "PersonBulkInserter.h"

#include "Database.h"
#include "TimeColumns.h"

#include <QVariant>

namespace ameli {

PersonBulkInserter::PersonBulkInserter(const Database &database)
    : m_database(database)
    , m_person(database.prepare(
          QStringLiteral("INSERT INTO persons (nir, birth_date, first_name, last_name, "
                         "email_on_file) VALUES (?, ?, ?, ?, ?) ON CONFLICT (%1) DO NOTHING")
              .arg(database.dialect().personKey())))
    , m_account(database.prepare(QStringLiteral("INSERT INTO accounts (person_id) VALUES (?)")))
    , m_existing(database.prepare(QStringLiteral("SELECT id FROM persons WHERE nir = ?")))
{
    if (!m_database.onServer())
        m_database.run(QStringLiteral("PRAGMA cache_size = -65536"));
}

PersonBulkInserter::~PersonBulkInserter()
{
    if (m_database.onServer())
        return;
    try {
        m_database.run(QStringLiteral("PRAGMA cache_size = -2000"));
    } catch (...) {
        // The default comes back with the next connection anyway.
    }
}

PersonBulkInserter::Outcome PersonBulkInserter::insert(const Person &person)
{
    m_person.bindValue(0, person.nir13);
    m_person.bindValue(1, person.birthDate.toString(Qt::ISODate));
    m_person.bindValue(2, person.firstName);
    m_person.bindValue(3, person.lastName);
    m_person.bindValue(4, nullableText(person.emailOnFile));
    Database::exec(m_person);
    if (m_person.numRowsAffected() == 1) {
        const qint64 id = m_person.lastInsertId().toLongLong();
        if (m_firstId < 0)
            m_firstId = id;
        if (m_database.onServer())
            m_rowOfId.insert(id, m_written);
        ++m_written;
        m_account.bindValue(0, id);
        Database::exec(m_account);
        return {true, -1};
    }
    m_existing.bindValue(0, person.nir13);
    Database::exec(m_existing);
    const qint64 id = m_existing.next() ? m_existing.value(0).toLongLong() : -1;
    m_existing.finish();
    // In a file, ids follow one another within the transaction: one from here on was written
    // here. On a server, other stations take ids in between.
    if (m_database.onServer())
        return {false, m_rowOfId.value(id, -1)};
    return {false, m_firstId >= 0 && id >= m_firstId ? id - m_firstId : -1};
}

} // namespace ameli
