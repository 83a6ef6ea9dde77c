#include "AccountState.h"

#include <QCoreApplication>

namespace ameli {

QString accountStateLabel(AccountState state)
{
    switch (state) {
    case AccountState::NoCode:
        return QCoreApplication::translate("AccountState", "Pas de code");
    case AccountState::ProvisionalCodeSent:
        return QCoreApplication::translate("AccountState", "Code provisoire envoyé");
    case AccountState::ConditionsAccepted:
        return QCoreApplication::translate("AccountState", "Conditions acceptées");
    case AccountState::PersonalCodeChosen:
        return QCoreApplication::translate("AccountState", "Code personnel choisi");
    case AccountState::EmailPending:
        return QCoreApplication::translate("AccountState", "Email en attente de validation");
    case AccountState::Active:
        return QCoreApplication::translate("AccountState", "Compte actif");
    }
    return {};
}

} // namespace ameli
