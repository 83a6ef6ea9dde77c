#pragma once

#include "mail/Mail.h"

#include <QList>
#include <optional>

namespace ameli {

class Database;

// The simulated mailbox: every mail sent by the journey, whatever became of it.
class MailRepository
{
public:
    explicit MailRepository(const Database &database);

    qint64 insert(const Mail &mail) const;
    std::optional<Mail> find(qint64 id) const;
    // Newest first, as a mail client lists them.
    QList<Mail> folder(const QString &address, MailFolder folder) const;
    // Everything delivered to the address, deleted mails included (the trainer's view).
    QList<Mail> everything(const QString &address) const;
    // T8: subject or sender containing the words, in the inbox and the spam folder.
    QList<Mail> search(const QString &address, const QString &words) const;
    int unreadCount(const QString &address, MailFolder folder) const;
    void markRead(qint64 id, bool read = true) const;
    // Every mail sent after the mail `id`, to whomever, newest first.
    QList<Mail> after(qint64 id) const;
    // The mail sent last, to whomever: where the mailbox opens after an action.
    std::optional<Mail> latest() const;
    // Every address that received at least one mail.
    QStringList addresses() const;
    // Forgets every mail sent to the address (a scenario's persona starts with its own).
    void deleteTo(const QString &address) const;

private:
    QList<Mail> select(const QString &where, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace ameli
