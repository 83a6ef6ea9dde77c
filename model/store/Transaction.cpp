#include "Transaction.h"

#include "Database.h"
#include "StoreError.h"

#include <QSqlQuery>
#include <optional>

namespace ameli {

Transaction::Transaction(const Database &database)
    : m_database(database)
{
    // IMMEDIATE takes the write lock now, waiting (busy_timeout) if another connection holds
    // it. A deferred transaction that reads, then writes after another connection committed
    // (the event log's writer thread, a second window) fails at once with SQLITE_BUSY, without
    // waiting: each user action would then be refused at random.
    std::optional<StoreError> failure;
    {
        QSqlQuery begin(m_database.connection());
        if (begin.exec(m_database.dialect().beginWrite()))
            return;
        failure = Database::failureOf(begin);
    }
    // A server that came back since the last action: the lost session is only noticed now,
    // before anything was done; once more, on a new session.
    if (failure->kind() == StoreFailure::Kind::Unreachable) {
        QSqlQuery again(m_database.connection());
        if (again.exec(m_database.dialect().beginWrite()))
            return;
        failure = Database::failureOf(again);
    }
    throw *failure;
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
