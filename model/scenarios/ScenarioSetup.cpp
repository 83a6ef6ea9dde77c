#include "ScenarioSetup.h"

#include "ScenarioParser.h"
#include "clock/SimulationClock.h"
#include "journey/ProvisionalCodeMailer.h"
#include "journey/ValidationMailer.h"
#include "mail/MailDelivery.h"
#include "personas/DemoPersonas.h"
#include "rules/JourneyDelays.h"
#include "security/SecretHasher.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/MailRepository.h"
#include "store/PersonRepository.h"
#include "store/ProviderRuleRepository.h"
#include "store/StoreError.h"
#include "store/Transaction.h"
#include "store/ValidationLinkRepository.h"

#include <QCoreApplication>

namespace ameli {

namespace {

using namespace std::chrono_literals;

// Ordinary mails of a personal inbox, among which the Assurance Maladie's must be found (T8).
MailContent otherMail(int i)
{
    static const char *const senders[] = {QT_TRANSLATE_NOOP("ScenarioSetup", "Librairie du Centre"),
                                          QT_TRANSLATE_NOOP("ScenarioSetup", "Mairie de Lyon"),
                                          QT_TRANSLATE_NOOP("ScenarioSetup", "Cousin Paul"),
                                          QT_TRANSLATE_NOOP("ScenarioSetup", "Banque Exemple"),
                                          QT_TRANSLATE_NOOP("ScenarioSetup", "Club de randonnée")};
    static const char *const subjects[] = {
        QT_TRANSLATE_NOOP("ScenarioSetup", "Votre commande est expédiée"),
        QT_TRANSLATE_NOOP("ScenarioSetup", "Inscriptions scolaires"),
        QT_TRANSLATE_NOOP("ScenarioSetup", "Photos du week-end"),
        QT_TRANSLATE_NOOP("ScenarioSetup", "Votre relevé est disponible"),
        QT_TRANSLATE_NOOP("ScenarioSetup", "Sortie de dimanche")};
    return {QCoreApplication::translate("ScenarioSetup", senders[i % 5]),
            QCoreApplication::translate("ScenarioSetup", subjects[i % 5]),
            QCoreApplication::translate("ScenarioSetup",
                                        "<p>Message sans rapport avec le compte ameli.</p>")};
}

} // namespace

ScenarioRun ScenarioSetup::apply(const Database &database, const SecretHasher &hasher,
                                 SimulationClock &clock, const Scenario &scenario)
{
    clock.reset();
    database.clearAllData();
    DemoPersonas::seedIfEmpty(database, hasher, clock);

    Transaction transaction(database);
    const std::optional<Person> person = PersonRepository(database).findByNir(scenario.personaNir);
    if (!person) {
        throw StoreError(QCoreApplication::translate(
                             "ScenarioSetup", "Le scénario « %1 » nomme une personne qui n'est "
                                              "pas parmi les personnes de démonstration.")
                             .arg(scenario.id));
    }
    const Scenario::Start &start = scenario.start;
    const QDateTime now = clock.now();
    for (const ProviderRule &rule : scenario.providers)
        ProviderRuleRepository(database).insert(rule);
    const AccountRepository accounts(database);
    // Start from a blank account whatever the demo seeding did: no account state, no link, no
    // mail but those the scenario declares (a demo persona seeded as pending has one already).
    Account blank;
    blank.personId = person->id;
    accounts.save(blank);
    ValidationLinkRepository(database).deleteFor(person->id);
    MailRepository(database).deleteTo(person->emailOnFile);
    for (int i = 0; i < start.otherMails; ++i) {
        MailDelivery(database).deliver(person->emailOnFile, otherMail(i),
                                       now.addSecs(-3600LL * (start.otherMails - i)));
    }

    const int state = int(ScenarioParser::states().indexOf(start.state));
    const int codes = std::max(start.provisionalCodes, (state == 1 || state == 2) ? 1 : 0);
    for (int i = 0; i < codes; ++i)
        ProvisionalCodeMailer(database, hasher)
            .send(*person, now.addSecs(-120LL * (codes - 1 - i)));

    Account account = accounts.require(person->id);
    if (start.conditionsRefused)
        account.conditionsRefusedAt = now.addSecs(-600);
    if (state >= 2)
        account.state = AccountState::ConditionsAccepted;
    if (state >= 3) {
        account.state = AccountState::PersonalCodeChosen;
        account.personalCodeHash = hasher.hash(start.personalCode);
    }
    const QString email = start.accountEmail.isEmpty() ? person->emailOnFile : start.accountEmail;
    if (state >= 4) {
        account.state = AccountState::EmailPending;
        account.email = email;
    }
    if (state == 5) {
        account.state = AccountState::Active;
        account.emailValidatedAt = now;
    }
    if (start.failedLogins >= delays::kMaxFailedLogins)
        account.lockedUntil = now.addMSecs(delays::kLockoutDuration.count());
    else
        account.failedLogins = start.failedLogins;
    accounts.save(account);
    if (state == 4) {
        // The newest link is sent now; older ones 8 days apart, as after a resend (V7).
        for (int i = 0; i < start.validationMails; ++i) {
            ValidationMailer(database).send(person->id, email,
                                            now.addDays(-8LL * (start.validationMails - 1 - i)));
        }
    }
    transaction.commit();

    clock.advance(std::chrono::minutes(start.advanceMinutes));
    ScenarioRun run;
    run.scenario = scenario;
    run.personId = person->id;
    run.startedAt = clock.now();
    run.initialPersonalCodeHash = accounts.require(person->id).personalCodeHash;
    const std::optional<Mail> latest = MailRepository(database).latest();
    run.lastMailIdAtStart = latest ? latest->id : 0;
    return run;
}

} // namespace ameli
