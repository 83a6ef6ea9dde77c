#include "ValidationLinkRepository.h"

#include "Database.h"
#include "TimeColumns.h"

#include <QSqlQuery>

namespace ameli {

namespace {

ValidationLink fromRow(const QSqlQuery &q)
{
    ValidationLink link;
    link.id = q.value(0).toLongLong();
    link.personId = q.value(1).toLongLong();
    link.email = q.value(2).toString();
    link.sentAt = fromColumn(q.value(3));
    link.usedAt = fromColumn(q.value(4));
    return link;
}

const QString kSelect =
    QStringLiteral("SELECT id, person_id, email, sent_at, used_at FROM validation_links ");

} // namespace

ValidationLinkRepository::ValidationLinkRepository(const Database &database)
    : m_database(database)
{
}

qint64 ValidationLinkRepository::insert(qint64 personId, const QString &tokenDigest,
                                        const QString &email, const QDateTime &sentAt) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("INSERT INTO validation_links (person_id, token_digest, email, sent_at) "
                       "VALUES (?, ?, ?, ?)"));
    q.addBindValue(personId);
    q.addBindValue(tokenDigest);
    q.addBindValue(email);
    q.addBindValue(toColumn(sentAt));
    Database::exec(q);
    return q.lastInsertId().toLongLong();
}

std::optional<ValidationLink> ValidationLinkRepository::findByDigest(const QString &digest) const
{
    QSqlQuery q = m_database.prepare(kSelect + QStringLiteral("WHERE token_digest = ?"));
    q.addBindValue(digest);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<ValidationLink> ValidationLinkRepository::latestFor(qint64 personId) const
{
    QSqlQuery q = m_database.prepare(
        kSelect + QStringLiteral("WHERE person_id = ? ORDER BY sent_at DESC, id DESC LIMIT 1"));
    q.addBindValue(personId);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

void ValidationLinkRepository::markUsed(qint64 id, const QDateTime &at) const
{
    QSqlQuery q =
        m_database.prepare(QStringLiteral("UPDATE validation_links SET used_at = ? WHERE id = ?"));
    q.addBindValue(toColumn(at));
    q.addBindValue(id);
    Database::exec(q);
}

void ValidationLinkRepository::deleteFor(qint64 personId) const
{
    QSqlQuery q =
        m_database.prepare(QStringLiteral("DELETE FROM validation_links WHERE person_id = ?"));
    q.addBindValue(personId);
    Database::exec(q);
}

} // namespace ameli
