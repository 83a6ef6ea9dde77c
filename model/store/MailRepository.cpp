#include "MailRepository.h"

#include "Database.h"
#include "TimeColumns.h"

#include <QSqlQuery>

namespace ameli {

MailRepository::MailRepository(const Database &database)
    : m_database(database)
{
}

qint64 MailRepository::insert(const Mail &mail) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO mails (recipient, sender, subject, sent_at, html_body, folder, is_read, "
        "links_blocked, delivery_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(mail.recipient);
    q.addBindValue(mail.content.sender);
    q.addBindValue(mail.content.subject);
    q.addBindValue(toColumn(mail.sentAt));
    q.addBindValue(mail.content.htmlBody);
    q.addBindValue(mailFolderKey(mail.folder));
    q.addBindValue(int(mail.read));
    q.addBindValue(int(mail.linksBlocked));
    q.addBindValue(nullableText(mail.deliveryNote));
    Database::exec(q);
    return q.lastInsertId().toLongLong();
}

QList<Mail> MailRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT id, recipient, sender, subject, sent_at, html_body, folder, "
                       "is_read, links_blocked, delivery_note FROM mails WHERE ") +
        where + QStringLiteral(" ORDER BY sent_at DESC, id DESC"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    QList<Mail> mails;
    while (q.next()) {
        Mail m;
        m.id = q.value(0).toLongLong();
        m.recipient = q.value(1).toString();
        m.content.sender = q.value(2).toString();
        m.content.subject = q.value(3).toString();
        m.sentAt = fromColumn(q.value(4));
        m.content.htmlBody = q.value(5).toString();
        m.folder = mailFolderFromKey(q.value(6).toString());
        m.read = q.value(7).toBool();
        m.linksBlocked = q.value(8).toBool();
        m.deliveryNote = q.value(9).toString();
        mails.append(m);
    }
    return mails;
}

std::optional<Mail> MailRepository::find(qint64 id) const
{
    const QList<Mail> mails = select(QStringLiteral("id = ?"), {id});
    if (mails.isEmpty())
        return std::nullopt;
    return mails.first();
}

QList<Mail> MailRepository::folder(const QString &address, MailFolder f) const
{
    return select(m_database.dialect().caselessEquals(QStringLiteral("recipient")) +
                      QStringLiteral(" AND folder = ?"),
                  {address, mailFolderKey(f)});
}

QList<Mail> MailRepository::everything(const QString &address) const
{
    return select(m_database.dialect().caselessEquals(QStringLiteral("recipient")), {address});
}

QList<Mail> MailRepository::search(const QString &address, const QString &words) const
{
    // LIKE's wildcards typed by the user are searched for literally.
    QString pattern = words.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    const SqlDialect &sql = m_database.dialect();
    return select(QStringLiteral("%1 AND folder <> 'deleted' AND (%2 OR %3)")
                      .arg(sql.caselessEquals(QStringLiteral("recipient")),
                           sql.caselessLike(QStringLiteral("subject")),
                           sql.caselessLike(QStringLiteral("sender"))),
                  {address, pattern, pattern});
}

int MailRepository::unreadCount(const QString &address, MailFolder f) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM mails WHERE %1 AND folder = ? AND is_read = 0")
            .arg(m_database.dialect().caselessEquals(QStringLiteral("recipient"))));
    q.addBindValue(address);
    q.addBindValue(mailFolderKey(f));
    Database::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void MailRepository::markRead(qint64 id, bool read) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("UPDATE mails SET is_read = ? WHERE id = ?"));
    q.addBindValue(int(read));
    q.addBindValue(id);
    Database::exec(q);
}

QList<Mail> MailRepository::after(qint64 id) const
{
    return select(QStringLiteral("id > ?"), {id});
}

std::optional<Mail> MailRepository::latest() const
{
    const QList<Mail> mails = select(QStringLiteral("id = (SELECT max(id) FROM mails)"), {});
    if (mails.isEmpty())
        return std::nullopt;
    return mails.first();
}

QStringList MailRepository::addresses() const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT DISTINCT lower(recipient) FROM mails ORDER BY 1"));
    Database::exec(q);
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

void MailRepository::deleteTo(const QString &address) const
{
    QSqlQuery q =
        m_database.prepare(QStringLiteral("DELETE FROM mails WHERE ") +
                           m_database.dialect().caselessEquals(QStringLiteral("recipient")));
    q.addBindValue(address);
    Database::exec(q);
}

} // namespace ameli
