#include "ScenarioGoal.h"

#include "mail/MailTemplates.h"
#include "store/AccountRepository.h"
#include "store/MailRepository.h"
#include "store/ValidationLinkRepository.h"

#include <QCoreApplication>

namespace ameli {

bool ScenarioGoal::isReached(const Database &database, const ScenarioRun &run)
{
    const Account account = AccountRepository(database).require(run.personId);
    switch (run.scenario.goal) {
    case Scenario::Goal::Active:
        return account.state == AccountState::Active;
    case Scenario::Goal::ActivationStarted:
        return int(account.state) >= int(AccountState::ConditionsAccepted);
    case Scenario::Goal::PersonalCodeChosen:
        return !account.personalCodeHash.isEmpty() &&
               account.personalCodeHash != run.initialPersonalCodeHash;
    case Scenario::Goal::EmailPending: {
        const auto latest = ValidationLinkRepository(database).latestFor(run.personId);
        return account.state == AccountState::EmailPending && latest &&
               latest->sentAt >= run.startedAt;
    }
    case Scenario::Goal::CodeSent:
        for (const Mail &m : MailRepository(database).after(run.lastMailIdAtStart)) {
            if (MailTemplates::isProvisionalCodeMail(m.content))
                return true;
        }
        return false;
    }
    return false;
}

QString ScenarioGoal::describe(Scenario::Goal goal)
{
    switch (goal) {
    case Scenario::Goal::Active:
        return QCoreApplication::translate("ScenarioGoal", "le compte est activé");
    case Scenario::Goal::CodeSent:
        return QCoreApplication::translate("ScenarioGoal", "un code provisoire a été obtenu");
    case Scenario::Goal::ActivationStarted:
        return QCoreApplication::translate("ScenarioGoal",
                                           "l'activation a commencé (conditions acceptées)");
    case Scenario::Goal::PersonalCodeChosen:
        return QCoreApplication::translate("ScenarioGoal", "un nouveau code personnel est choisi");
    case Scenario::Goal::EmailPending:
        return QCoreApplication::translate("ScenarioGoal",
                                           "un nouveau lien de validation est envoyé");
    }
    return {};
}

} // namespace ameli

namespace ameli {

bool ScenarioGoal::countsAsMistake(Problem problem)
{
    switch (problem) {
    case Problem::InvalidInput:
    case Problem::CaptchaWrong:
    case Problem::CaptchaExpired:
    case Problem::IdentityNotRecognised:
    case Problem::WrongCredentials:
    case Problem::AccountLocked:
    case Problem::ProvisionalCodeExpired:
    case Problem::ProvisionalCodeReplaced:
    case Problem::ConditionsRefused:
    case Problem::EmailAlreadyUsed:
    case Problem::LinkSuperseded:
        return true;
    default:
        return false;
    }
}

} // namespace ameli
