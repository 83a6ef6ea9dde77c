#include "MailReading.h"

#include "MailLinks.h"
#include "journey/SimulatedSites.h"

namespace ameli {

QString MailReading::key(MailReader reader)
{
    return reader == MailReader::Program ? QStringLiteral("program") : QStringLiteral("webmail");
}

std::optional<MailReader> MailReading::fromKey(const QString &key)
{
    if (key == u"webmail")
        return MailReader::Webmail;
    if (key == u"program")
        return MailReader::Program;
    return std::nullopt;
}

bool MailReading::programBlocksLinks(const QList<ProviderRule> &rules)
{
    for (const ProviderRule &rule : rules) {
        if (rule.behaviour == ProviderRule::Behaviour::ProgramBlocksLinks)
            return true;
    }
    return false;
}

QString MailReading::htmlAsRead(const Mail &mail, MailReader reader,
                                const QList<ProviderRule> &rules)
{
    if (reader != MailReader::Program || !programBlocksLinks(rules))
        return mail.content.htmlBody;
    return MailLinks::rewritten(mail.content.htmlBody, &SimulatedSites::blockedByProgram);
}

} // namespace ameli
