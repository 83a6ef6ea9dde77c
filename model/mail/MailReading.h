#pragma once

#include "Mail.h"
#include "ProviderRule.h"

#include <QList>
#include <QString>
#include <optional>

namespace ameli {

// How the person reads the mailbox (T4): in the provider's webmail, in a browser, or in a mail
// program on the computer (Outlook, the provider's own software).
enum class MailReader
{
    Webmail,
    Program
};

// What a mail looks like in the reader chosen: a provider whose program neutralises links
// (ProviderRule::Behaviour::ProgramBlocksLinks) shows them blocked there and working in its
// webmail, so that the guide's remedy, reading the mail elsewhere, can be performed.
class MailReading
{
public:
    static QString key(MailReader reader);
    static std::optional<MailReader> fromKey(const QString &key);
    // The rules are the recipient's (ProviderRuleRepository::rulesFor).
    static bool programBlocksLinks(const QList<ProviderRule> &rules);
    static QString htmlAsRead(const Mail &mail, MailReader reader,
                              const QList<ProviderRule> &rules);
};

} // namespace ameli
