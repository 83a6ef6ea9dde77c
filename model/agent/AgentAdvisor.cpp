#include "AgentAdvisor.h"

#include "clock/SimulationClock.h"
#include "identity/Nir.h"
#include "journey/JourneyService.h"
#include "mail/MailReading.h"
#include "mail/MailTemplates.h"
#include "rules/JourneyDelays.h"
#include "store/AccountRepository.h"
#include "store/MailRepository.h"
#include "store/PersonRepository.h"
#include "store/ProviderRuleRepository.h"
#include "store/ValidationLinkRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace ameli {

namespace {

QString when(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString whereItWent(const Mail &m, const Database &database)
{
    QString where;
    switch (m.folder) {
    case MailFolder::Inbox:
        where = QCoreApplication::translate("AgentAdvisor", "arrivé dans la boîte de réception");
        break;
    case MailFolder::Spam:
        where =
            QCoreApplication::translate("AgentAdvisor", "classé dans les courriels indésirables");
        break;
    case MailFolder::Deleted:
        where = QCoreApplication::translate("AgentAdvisor",
                                            "supprimé automatiquement par la messagerie");
        break;
    }
    if (m.linksBlocked)
        where += QCoreApplication::translate("AgentAdvisor", ", lien bloqué par l'antivirus");
    if (MailReading::programBlocksLinks(ProviderRuleRepository(database).rulesFor(m.recipient)))
        where += QCoreApplication::translate(
            "AgentAdvisor", ", lien bloqué dans le logiciel de messagerie (pas en ligne)");
    return where;
}

} // namespace

AgentDiagnosis AgentAdvisor::diagnose(const Database &database, const SimulationClock &clock,
                                      qint64 personId)
{
    AgentDiagnosis d;
    const std::optional<Person> person = PersonRepository(database).findById(personId);
    if (!person)
        return d;
    const Account account = AccountRepository(database).require(personId);
    const QDateTime now = clock.now();
    d.person = QStringLiteral("%1 %2 (%3)")
                   .arg(person->firstName, person->lastName, Nir::masked(person->nir13));
    d.state = accountStateLabel(account.state);

    // Every address the person's mails went to: the one on file, the typed one, the links'.
    QSet<QString> addresses;
    if (!person->emailOnFile.isEmpty())
        addresses.insert(person->emailOnFile.toLower());
    if (!account.email.isEmpty())
        addresses.insert(account.email.toLower());
    const MailRepository mails(database);
    QList<Mail> sent;
    for (const QString &address : std::as_const(addresses)) {
        for (const Mail &m : mails.everything(address)) {
            if (MailTemplates::isFromAssuranceMaladie(m.content))
                sent.append(m);
        }
    }
    std::sort(sent.begin(), sent.end(), [](const Mail &a, const Mail &b) { return a.id < b.id; });
    for (const Mail &m : std::as_const(sent)) {
        QString text;
        if (MailTemplates::isProvisionalCodeMail(m.content)) {
            const QDateTime expiry = m.sentAt.addMSecs(delays::kProvisionalCodeLifetime.count());
            text = QCoreApplication::translate(
                       "AgentAdvisor", "Code provisoire envoyé à %1 (%2), valable jusqu'au %3%4")
                       .arg(m.recipient, whereItWent(m, database), when(expiry),
                            now >= expiry ? QCoreApplication::translate("AgentAdvisor", " : expiré")
                                          : QString());
        } else {
            const QDateTime expiry = m.sentAt.addMSecs(delays::kValidationLinkLifetime.count());
            text = QCoreApplication::translate(
                       "AgentAdvisor", "Lien de validation envoyé à %1 (%2), actif jusqu'au %3%4")
                       .arg(m.recipient, whereItWent(m, database), when(expiry),
                            now >= expiry ? QCoreApplication::translate("AgentAdvisor", " : expiré")
                                          : QString());
        }
        d.events.append({m.sentAt, text});
    }
    if (account.conditionsRefusedAt.isValid())
        d.events.append(
            {account.conditionsRefusedAt,
             QCoreApplication::translate("AgentAdvisor", "Conditions d'utilisation refusées")});
    std::sort(
        d.events.begin(), d.events.end(),
        [](const AgentDiagnosis::Event &a, const AgentDiagnosis::Event &b) { return a.at < b.at; });

    if (account.lockedUntil.isValid() && now < account.lockedUntil) {
        d.advice = QCoreApplication::translate(
                       "AgentAdvisor",
                       "Compte bloqué jusqu'au %1 après plusieurs codes erronés : la personne peut "
                       "attendre, ou demander un nouveau code provisoire avec « Code oublié ? », "
                       "qui débloque le compte.")
                       .arg(when(account.lockedUntil));
        return d;
    }
    switch (account.state) {
    case AccountState::NoCode:
        d.advice = QCoreApplication::translate(
            "AgentAdvisor",
            "Aucun code en cours : guider la personne vers « Code oublié ? » sur "
            "assure.ameli.fr (numéro de sécurité sociale, date de naissance, caractères "
            "à recopier en moins de 5 minutes).");
        if (account.conditionsRefusedAt.isValid())
            d.advice = QCoreApplication::translate(
                           "AgentAdvisor",
                           "Les conditions d'utilisation ont été refusées : l'activation est à "
                           "recommencer. ") +
                       d.advice;
        break;
    case AccountState::ProvisionalCodeSent:
    case AccountState::ConditionsAccepted: {
        const bool valid =
            !account.provisionalCodeHash.isEmpty() &&
            now < account.provisionalIssuedAt.addMSecs(delays::kProvisionalCodeLifetime.count());
        d.advice = valid ? QCoreApplication::translate(
                               "AgentAdvisor",
                               "Un code provisoire est valable jusqu'au %1 : la personne le saisit "
                               "avec les 13 premiers chiffres de son numéro sur la page de "
                               "connexion. Seul le dernier code reçu fonctionne, une seule fois.")
                               .arg(when(account.provisionalIssuedAt.addMSecs(
                                   delays::kProvisionalCodeLifetime.count())))
                         : QCoreApplication::translate(
                               "AgentAdvisor",
                               "Le code provisoire n'est plus utilisable (30 minutes dépassées ou "
                               "déjà utilisé) : refaire « Code oublié ? ».");
        break;
    }
    case AccountState::PersonalCodeChosen:
        d.advice = QCoreApplication::translate(
            "AgentAdvisor",
            "Code personnel choisi, étape 3 non faite : la personne se connecte avec son "
            "code personnel et saisit son adresse email.");
        break;
    case AccountState::EmailPending: {
        const auto link = ValidationLinkRepository(database).latestFor(personId);
        const qint64 age = link ? link->sentAt.msecsTo(now) : 0;
        // Where the last mail went and a typed address that differs: worth checking whatever
        // the link's age, since the next link would meet the same fate.
        QStringList checks;
        if (!sent.isEmpty()) {
            const Mail &last = sent.last();
            if (last.folder == MailFolder::Spam)
                checks << QCoreApplication::translate(
                    "AgentAdvisor", "le mail est dans les courriels indésirables");
            if (last.folder == MailFolder::Deleted)
                checks << QCoreApplication::translate(
                    "AgentAdvisor", "la messagerie l'a supprimé : proposer une autre adresse, "
                                    "chez un autre fournisseur");
            if (last.linksBlocked)
                checks << QCoreApplication::translate(
                    "AgentAdvisor", "le lien est bloqué par l'antivirus : ouvrir le mail depuis "
                                    "une autre messagerie ou utiliser une autre adresse");
            if (MailReading::programBlocksLinks(
                    ProviderRuleRepository(database).rulesFor(last.recipient)))
                checks << QCoreApplication::translate(
                    "AgentAdvisor",
                    "le logiciel de messagerie bloque le lien : faire lire le mail dans la "
                    "messagerie en ligne du fournisseur, dans le navigateur (avec Outlook, sans "
                    "le logiciel du fournisseur)");
        }
        if (!account.email.isEmpty() && !person->emailOnFile.isEmpty() &&
            account.email.compare(person->emailOnFile, Qt::CaseInsensitive) != 0) {
            checks << QCoreApplication::translate(
                          "AgentAdvisor",
                          "l'adresse saisie (%1) n'est pas celle connue (%2) : faute de frappe ?")
                          .arg(account.email, person->emailOnFile);
        }
        if (link && age >= delays::kEmailKeptFor.count()) {
            d.advice = QCoreApplication::translate(
                "AgentAdvisor", "Plus de 21 jours : l'adresse n'est plus mémorisée. La personne "
                                "se connecte avec son code personnel et saisit une adresse "
                                "valide ; un nouveau lien y est envoyé.");
        } else if (link && age >= delays::kValidationLinkLifetime.count()) {
            d.advice = QCoreApplication::translate(
                "AgentAdvisor", "Le lien a expiré (7 jours) : la personne se connecte (ou clique "
                                "le lien) puis choisit de renvoyer le lien à la même adresse ou à "
                                "une autre.");
        } else {
            d.advice =
                QCoreApplication::translate(
                    "AgentAdvisor",
                    "Lien valable jusqu'au %1. Faire rechercher « %2 » ou l'expéditeur "
                    "« %3 » et cliquer le lien du message le plus récent.")
                    .arg(when(link ? link->sentAt.addMSecs(delays::kValidationLinkLifetime.count())
                                   : now),
                         MailTemplates::validationSubject(),
                         MailTemplates::assuranceMaladieSender());
        }
        if (!checks.isEmpty()) {
            d.advice +=
                QLatin1Char(' ') + QCoreApplication::translate("AgentAdvisor", "À vérifier : %1.")
                                       .arg(checks.join(QStringLiteral(" ; ")));
        }
        break;
    }
    case AccountState::Active:
        d.advice = QCoreApplication::translate(
            "AgentAdvisor",
            "Compte actif : connexion avec le code personnel. En cas d'oubli, « Code "
            "oublié ? » puis choix d'un nouveau code ; les conditions et l'email ne "
            "sont pas redemandés.");
        break;
    }
    return d;
}

} // namespace ameli
