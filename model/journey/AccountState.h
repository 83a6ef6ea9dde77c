#pragma once

#include <QString>

namespace ameli {

// Where a person's account stands, as the guide walks it. Stored as an integer: the values
// never change meaning.
enum class AccountState
{
    NoCode = 0,
    ProvisionalCodeSent = 1,
    ConditionsAccepted = 2,
    PersonalCodeChosen = 3,
    EmailPending = 4,
    Active = 5,
};

QString accountStateLabel(AccountState state);

} // namespace ameli
