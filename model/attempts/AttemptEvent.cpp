#include "AttemptEvent.h"

#include "Attempt.h"
#include "journey/StepKeys.h"

#include <QCoreApplication>

namespace ameli {

namespace {

constexpr std::pair<EventKind, const char *> kKinds[] = {
    {EventKind::AttemptStarted, "attempt_started"},
    {EventKind::AttemptEnded, "attempt_ended"},
    {EventKind::PageShown, "page_shown"},
    {EventKind::FocusIn, "focus_in"},
    {EventKind::FocusOut, "focus_out"},
    {EventKind::FieldEdited, "field_edited"},
    {EventKind::ChoiceMade, "choice_made"},
    {EventKind::ButtonActivated, "button_activated"},
    {EventKind::LinkActivated, "link_activated"},
    {EventKind::KeySubmitted, "key_submitted"},
    {EventKind::Misclick, "misclick"},
    {EventKind::MailboxOpened, "mailbox_opened"},
    {EventKind::MailboxFolder, "mailbox_folder"},
    {EventKind::MailboxReader, "mailbox_reader"},
    {EventKind::MailboxSearch, "mailbox_search"},
    {EventKind::MailOpened, "mail_opened"},
    {EventKind::MailLinkFollowed, "mail_link_followed"},
    {EventKind::CaptchaRenewed, "captcha_renewed"},
    {EventKind::CaptchaListened, "captcha_listened"},
    {EventKind::ServiceResult, "service_result"},
    {EventKind::ClockMoved, "clock_moved"},
    {EventKind::HintShown, "hint_shown"},
    {EventKind::QuestionnaireAnswer, "questionnaire_answer"},
    {EventKind::ParticipantFinished, "participant_finished"},
    {EventKind::ParticipantGaveUp, "participant_gave_up"},
};

} // namespace

QString AttemptEvent::kindKey(EventKind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return QLatin1String(key);
    }
    return {};
}

std::optional<EventKind> AttemptEvent::kindFromKey(const QString &key)
{
    for (const auto &[k, name] : kKinds) {
        if (key == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

QString AttemptEvent::describe() const
{
    switch (kind) {
    case EventKind::AttemptStarted:
        return QCoreApplication::translate("AttemptEvent", "Début de la tentative");
    case EventKind::AttemptEnded: {
        const auto outcome = Attempt::outcomeFromKey(detail);
        return QCoreApplication::translate("AttemptEvent", "Fin de la tentative : %1")
            .arg(outcome ? Attempt::outcomeLabel(*outcome) : detail);
    }
    case EventKind::PageShown:
        return QCoreApplication::translate("AttemptEvent", "Page « %1 »")
            .arg(StepKeys::labelOf(step));
    case EventKind::FocusIn:
        return QCoreApplication::translate("AttemptEvent", "Entre dans « %1 »").arg(target);
    case EventKind::FocusOut:
        return QCoreApplication::translate("AttemptEvent", "Quitte « %1 »").arg(target);
    case EventKind::FieldEdited: {
        QString text =
            count == 1
                ? QCoreApplication::translate("AttemptEvent",
                                              "Saisit dans « %1 » : %2 caractères (1 modification)")
                      .arg(target)
                      .arg(length)
                : QCoreApplication::translate(
                      "AttemptEvent", "Saisit dans « %1 » : %2 caractères (%3 modifications)")
                      .arg(target)
                      .arg(length)
                      .arg(count);
        if (!value.isEmpty())
            text += QStringLiteral(" « %1 »").arg(value);
        if (!rules.isEmpty())
            text += QCoreApplication::translate("AttemptEvent", " ; règles respectées : %1")
                        .arg(rules.join(QStringLiteral(", ")));
        return text;
    }
    case EventKind::ChoiceMade:
        return QCoreApplication::translate("AttemptEvent", "Choisit « %1 » pour « %2 »")
            .arg(target, field);
    case EventKind::ButtonActivated:
        return detail == u"keyboard"
                   ? QCoreApplication::translate("AttemptEvent", "Active « %1 » au clavier")
                         .arg(target)
                   : QCoreApplication::translate("AttemptEvent", "Clique sur « %1 »").arg(target);
    case EventKind::LinkActivated:
        return QCoreApplication::translate("AttemptEvent", "Suit le lien « %1 »").arg(target);
    case EventKind::KeySubmitted:
        return QCoreApplication::translate("AttemptEvent", "Valide avec Entrée dans « %1 »")
            .arg(target);
    case EventKind::Misclick:
        return target.isEmpty()
                   ? QCoreApplication::translate("AttemptEvent", "Clic sans effet")
                   : QCoreApplication::translate("AttemptEvent", "Clic sans effet sur « %1 »")
                         .arg(target);
    case EventKind::MailboxOpened:
        return QCoreApplication::translate("AttemptEvent", "Ouvre la messagerie");
    case EventKind::MailboxFolder:
        return QCoreApplication::translate("AttemptEvent", "Affiche le dossier « %1 »").arg(target);
    case EventKind::MailboxReader:
        return QCoreApplication::translate("AttemptEvent", "Lit ses mails avec : %1").arg(target);
    case EventKind::MailboxSearch:
        return QCoreApplication::translate("AttemptEvent",
                                           "Recherche « %1 » dans la messagerie (%2 résultat(s))")
            .arg(value)
            .arg(count);
    case EventKind::MailOpened:
        return QCoreApplication::translate("AttemptEvent", "Lit le mail « %1 »").arg(target);
    case EventKind::MailLinkFollowed:
        return QCoreApplication::translate("AttemptEvent", "Suit le lien d'un mail (%1)")
            .arg(target);
    case EventKind::CaptchaRenewed:
        return QCoreApplication::translate("AttemptEvent",
                                           "Demande une nouvelle liste de caractères");
    case EventKind::CaptchaListened:
        return QCoreApplication::translate("AttemptEvent", "Écoute les caractères");
    case EventKind::ServiceResult:
        if (problem.isEmpty())
            return message.isEmpty()
                       ? QCoreApplication::translate("AttemptEvent", "Le service accepte")
                       : QCoreApplication::translate("AttemptEvent", "Le service accepte : %1")
                             .arg(message);
        return rules.isEmpty()
                   ? QCoreApplication::translate("AttemptEvent", "Refus : %1").arg(message)
                   : QCoreApplication::translate("AttemptEvent", "Refus (%1) : %2")
                         .arg(rules.join(QStringLiteral(", ")), message);
    case EventKind::ClockMoved:
        return count < 0 ? QCoreApplication::translate("AttemptEvent",
                                                       "L'horloge revient à l'heure réelle")
                         : QCoreApplication::translate("AttemptEvent", "L'horloge avance de %1 min")
                               .arg(count);
    case EventKind::HintShown:
        if (target == u"agent_advice")
            return QCoreApplication::translate("AttemptEvent", "Réponse demandée : %1")
                .arg(message);
        return QCoreApplication::translate("AttemptEvent", "Indice %1 : %2")
            .arg(count)
            .arg(message);
    case EventKind::QuestionnaireAnswer:
        return QCoreApplication::translate("AttemptEvent", "%1, question %2 : %3")
            .arg(target)
            .arg(count)
            .arg(value);
    case EventKind::ParticipantFinished:
        return QCoreApplication::translate("AttemptEvent", "« J'ai terminé »");
    case EventKind::ParticipantGaveUp:
        return QCoreApplication::translate("AttemptEvent", "« J'abandonne »");
    }
    return {};
}

} // namespace ameli
