#pragma once

#include <QDateTime>
#include <QString>

namespace ameli {

enum class MailFolder
{
    Inbox,
    Spam,
    Deleted
};

QString mailFolderKey(MailFolder folder);
MailFolder mailFolderFromKey(const QString &key);

// What a sender writes: the same for every recipient.
struct MailContent
{
    QString sender;
    QString subject;
    QString htmlBody;
};

// A mail as the simulated mailbox holds it, after the provider's rules were applied.
struct Mail
{
    qint64 id = 0;
    QString recipient;
    MailContent content;
    QDateTime sentAt;
    MailFolder folder = MailFolder::Inbox;
    bool read = false;
    bool linksBlocked = false;
    // Why the provider put it where it is (for the trainer; empty for a plain delivery).
    QString deliveryNote;
};

} // namespace ameli
