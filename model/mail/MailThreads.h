#pragma once

#include "Mail.h"

#include <QList>
#include <QString>

namespace ameli {

// A conversation as webmails show it: the mails of one subject, newest first (T8).
struct MailThread
{
    QList<Mail> mails;

    const Mail &newest() const { return mails.first(); }
    bool hasUnread() const;
};

// Groups mails into conversations the way a webmail's "fils de discussion" do: same subject
// once the reply and forward prefixes (RE :, TR :, Fwd:) are set aside, whatever the case.
// The guide's T8 advice exists because an older conversation can hide the newest mail.
class MailThreads
{
public:
    static QString conversationKey(const QString &subject);
    // `mails` newest first, as MailRepository gives them; threads come newest first too.
    static QList<MailThread> group(const QList<Mail> &mails);
};

} // namespace ameli
