#include "Transaction.h"

#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ameli {

Transaction::Transaction(const Database &database)
    : m_database(database)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        throw StoreError(QCoreApplication::translate(
                             "Database", "La base de données est occupée ou inaccessible."),
                         db.lastError().text());
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        m_database.connection().rollback();
}

void Transaction::commit()
{
    QSqlDatabase db = m_database.connection();
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        m_done = true;
        throw StoreError(QCoreApplication::translate(
                             "Database", "L'enregistrement a échoué : rien n'a été modifié."),
                         detail);
    }
    m_done = true;
}

} // namespace ameli
