#include "MailTemplates.h"

#include "journey/SimulatedSites.h"

namespace ameli {

namespace {

// The mails are French documents whatever the interface language: they are the real mails'
// texts, so they are not translated.
const char kStyle[] = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 15px; "
                      "color: #545859;";

} // namespace

QString MailTemplates::assuranceMaladieSender()
{
    return QStringLiteral("Votre Assurance Maladie");
}

QString MailTemplates::validationSubject()
{
    return QStringLiteral("Votre compte ameli - Confirmation de votre adresse mail");
}

QString MailTemplates::provisionalCodeSubject()
{
    // The guide does not show this mail's subject; this one says what the mail holds.
    return QStringLiteral("Votre compte ameli - Votre nouveau code provisoire");
}

MailContent MailTemplates::provisionalCode(const QString &code)
{
    const QString login = SimulatedSites::loginUrl().toString();
    QString html;
    html += QStringLiteral("<html><body style=\"%1\">").arg(QLatin1String(kStyle));
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td valign=\"top\">");
    html += QStringLiteral("<p>Cher(e) assuré(e),</p>"
                           "<p>Nous vous adressons votre nouveau code confidentiel provisoire "
                           "pour vous connecter à votre compte ameli :</p>"
                           "<p>C'est simple et rapide :</p><ol>"
                           "<li>Connectez-vous à votre compte ameli en <a href=\"%1\">cliquant "
                           "ici</a> ou en ouvrant l'application ameli,</li>"
                           "<li>Saisissez votre numéro de sécurité sociale (les 13 premiers "
                           "chiffres) et le code provisoire affiché ci-contre.</li></ol>")
                .arg(login);
    html += QStringLiteral(
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
    html += QStringLiteral("<html><body style=\"%1\">").arg(QLatin1String(kStyle));
    html += QStringLiteral(
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
