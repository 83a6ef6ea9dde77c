#include "MailDelivery.h"

#include "MailLinks.h"
#include "journey/SimulatedSites.h"
#include "store/MailRepository.h"
#include "store/ProviderRuleRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ameli {

namespace {

// What a provider's filter reads: the words, without the markup (no GUI needed for that).
QString textOf(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

MailDelivery::MailDelivery(const Database &database)
    : m_database(database)
{
}

Mail MailDelivery::deliver(const QString &recipient, const MailContent &content,
                           const QDateTime &sentAt) const
{
    Mail mail;
    mail.recipient = recipient.trimmed();
    mail.content = content;
    mail.sentAt = sentAt;

    const QString plainText = content.subject + QLatin1Char('\n') + textOf(content.htmlBody);
    QStringList notes;
    for (const ProviderRule &rule : ProviderRuleRepository(m_database).rulesFor(mail.recipient)) {
        switch (rule.behaviour) {
        case ProviderRule::Behaviour::ToSpam:
            if (mail.folder == MailFolder::Inbox) {
                mail.folder = MailFolder::Spam;
                notes << QCoreApplication::translate("MailDelivery",
                                                     "classé dans les courriels indésirables");
            }
            break;
        case ProviderRule::Behaviour::DeleteContaining:
            if (!rule.word.isEmpty() && plainText.contains(rule.word, Qt::CaseInsensitive)) {
                mail.folder = MailFolder::Deleted;
                notes << QCoreApplication::translate("MailDelivery",
                                                     "supprimé automatiquement : contient « %1 »")
                             .arg(rule.word);
            }
            break;
        case ProviderRule::Behaviour::BlockLinks:
            if (!mail.linksBlocked) {
                mail.linksBlocked = true;
                mail.content.htmlBody =
                    MailLinks::rewritten(mail.content.htmlBody, &SimulatedSites::blocked);
                notes << QCoreApplication::translate("MailDelivery",
                                                     "liens bloqués par l'antivirus");
            }
            break;
        case ProviderRule::Behaviour::ProgramBlocksLinks:
            // The mail is intact: the program neutralises its links when it shows it.
            notes << QCoreApplication::translate(
                "MailDelivery",
                "liens bloqués dans le logiciel de messagerie (la messagerie en ligne les ouvre)");
            break;
        }
    }
    mail.deliveryNote = notes.join(QStringLiteral(" ; "));
    mail.id = MailRepository(m_database).insert(mail);
    return mail;
}

} // namespace ameli
