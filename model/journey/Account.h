#pragma once

#include "AccountState.h"

#include <QDateTime>
#include <QString>

namespace ameli {

// A person's compte ameli as stored. Times are on the simulation clock; a null QDateTime
// means "never".
struct Account
{
    qint64 personId = 0;
    AccountState state = AccountState::NoCode;
    QString personalCodeHash;
    QString provisionalCodeHash;
    QDateTime provisionalIssuedAt;
    // The code the last one replaced (F7): recognised, so that using it does not count as a
    // wrong code.
    QString replacedProvisionalHash;
    int failedLogins = 0;
    QDateTime lockedUntil;
    QDateTime conditionsRefusedAt;
    // The address given at step 3: pending until validated, then the account's address.
    QString email;
    QDateTime emailValidatedAt;
    QString mobile;
    QString landline;
    bool consentEmailPromo = false;
    bool consentMobileCall = false;
    bool consentSms = false;
    bool consentLandlineCall = false;
};

} // namespace ameli
