#include "Transaction.h"

#include "Database.h"
#include "StoreError.h"

#include <QSqlQuery>

namespace ameli {

Transaction::Transaction(const Database &database)
    : m_database(database)
{
    // IMMEDIATE takes the write lock now, waiting (busy_timeout) if another connection holds
    // it. A deferred transaction that reads, then writes after another connection committed
    // (the event log's writer thread, a second window) fails at once with SQLITE_BUSY, without
    // waiting: each user action would then be refused at random.
    QSqlQuery begin(m_database.connection());
    if (!begin.exec(m_database.dialect().beginWrite()))
        throw Database::failureOf(begin);
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    QSqlQuery commit(m_database.connection());
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const StoreError failure = Database::failureOf(commit);
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_done = true;
        throw failure;
    }
    m_done = true;
}

} // namespace ameli
