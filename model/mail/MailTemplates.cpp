#include "MailTemplates.h"

#include "journey/SimulatedSites.h"

#include <QCoreApplication>

namespace ameli {

namespace {

// The real mails' texts, word for word in French; with --lang en, their English translation
// (the catalogue's "MailTemplates" context). Mails already sent keep the language they were
// sent in.
const char kStyle[] = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 15px; "
                      "color: #545859;";

const char kSender[] = QT_TRANSLATE_NOOP("MailTemplates", "Votre Assurance Maladie");
const char kValidationSubject[] =
    QT_TRANSLATE_NOOP("MailTemplates", "Votre compte ameli - Confirmation de votre adresse mail");
// The guide does not show this mail's subject; this one says what the mail holds.
const char kProvisionalCodeSubject[] =
    QT_TRANSLATE_NOOP("MailTemplates", "Votre compte ameli - Votre nouveau code provisoire");

QString translated(const char *text)
{
    return QCoreApplication::translate("MailTemplates", text);
}

// What kind of mail it is, said inside it in no language: a store may hold mails sent in
// French and in English. Mails from before the mark are known by their French subject.
const char kKindMark[] = "<meta name=\"ameli-mail\" content=\"%1\">";
const char kProvisionalKind[] = "code-provisoire";
const char kValidationKind[] = "validation";

QString head(const char *kind)
{
    return QStringLiteral("<html><head>%1</head>")
        .arg(QString::fromLatin1(kKindMark).arg(QLatin1String(kind)));
}

bool isKind(const MailContent &mail, const char *kind, const char *frenchSubject)
{
    return mail.htmlBody.contains(QString::fromLatin1(kKindMark).arg(QLatin1String(kind))) ||
           mail.subject == QString::fromUtf8(frenchSubject) ||
           mail.subject == translated(frenchSubject);
}

} // namespace

QString MailTemplates::assuranceMaladieSender()
{
    return translated(kSender);
}

QString MailTemplates::validationSubject()
{
    return translated(kValidationSubject);
}

QString MailTemplates::provisionalCodeSubject()
{
    return translated(kProvisionalCodeSubject);
}

bool MailTemplates::isFromAssuranceMaladie(const MailContent &mail)
{
    return isProvisionalCodeMail(mail) || isValidationMail(mail) ||
           mail.sender == QString::fromUtf8(kSender) || mail.sender == translated(kSender);
}

bool MailTemplates::isProvisionalCodeMail(const MailContent &mail)
{
    return isKind(mail, kProvisionalKind, kProvisionalCodeSubject);
}

bool MailTemplates::isValidationMail(const MailContent &mail)
{
    return isKind(mail, kValidationKind, kValidationSubject);
}

MailContent MailTemplates::provisionalCode(const QString &code)
{
    const QString login = SimulatedSites::loginUrl().toString();
    QString html;
    html += head(kProvisionalKind);
    html += QStringLiteral("<body style=\"%1\">").arg(QLatin1String(kStyle));
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td valign=\"top\">");
    html +=
        QCoreApplication::translate(
            "MailTemplates", "<p>Cher(e) assuré(e),</p>"
                             "<p>Nous vous adressons votre nouveau code confidentiel provisoire "
                             "pour vous connecter à votre compte ameli :</p>"
                             "<p>C'est simple et rapide :</p><ol>"
                             "<li>Connectez-vous à votre compte ameli en <a href=\"%1\">cliquant "
                             "ici</a> ou en ouvrant l'application ameli,</li>"
                             "<li>Saisissez votre numéro de sécurité sociale (les 13 premiers "
                             "chiffres) et le code provisoire affiché ci-contre.</li></ol>")
            .arg(login);
    html += QCoreApplication::translate(
        "MailTemplates",
        "<p><b>Ce code est strictement personnel et ne doit jamais être communiqué.</b></p>"
        "<p><b>Nous ne vous demandons jamais de code par téléphone.</b></p>"
        "<p>Si vous n'êtes pas à l'origine de cette demande, veuillez en informer rapidement "
        "votre caisse et modifiez votre code d'accès au compte ameli.</p>"
        "<p>Attention, ce message est généré par un automate.<br>"
        "Ne pas utiliser la fonctionnalité \"répondre à\".</p>"
        "<p>Merci de votre confiance.</p>"
        "<p>Votre Caisse d'Assurance Maladie</p>");
    html += QStringLiteral("</td><td valign=\"middle\" align=\"center\" width=\"160\" "
                           "style=\"background-color: #e7ecf5;\">"
                           "<p style=\"font-size: 32px; font-weight: bold; color: #0c419a; "
                           "letter-spacing: 4px;\" id=\"code-provisoire\">%1</p>"
                           "</td></tr></table></body></html>")
                .arg(code);
    return {assuranceMaladieSender(), provisionalCodeSubject(), html};
}

MailContent MailTemplates::validation(const QUrl &confirmLink)
{
    QString html;
    html += head(kValidationKind);
    html += QStringLiteral("<body style=\"%1\">").arg(QLatin1String(kStyle));
    html += QCoreApplication::translate(
                "MailTemplates",
                "<p>Pour profiter de <b>tous les services de votre compte ameli</b>,<br>"
                "merci de confirmer votre email.</p>"
                "<p><a href=\"%1\" style=\"background-color: #0c419a; color: #ffffff; "
                "padding: 8px 16px; font-weight: bold;\">Confirmer mon email</a></p>"
                "<p><i>Si vous n'êtes pas à l'origine de cette demande, veuillez en informer "
                "rapidement<br>votre caisse et modifiez votre code d'accès au compte "
                "ameli.</i></p>"
                "<p>Attention, ce message est généré par un automate. Ne pas utiliser la<br>"
                "fonctionnalité \"répondre à\".</p></body></html>")
                .arg(confirmLink.toString(QUrl::FullyEncoded));
    return {assuranceMaladieSender(), validationSubject(), html};
}

} // namespace ameli
