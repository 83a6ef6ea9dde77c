#pragma once

#include "AccountState.h"

#include <QDateTime>
#include <QString>

namespace ameli {

// Every delay running for a person, computed from the clock: what a trainer watches and what
// an agent reads to a caller. It never holds a code.
struct AccountStatus
{
    AccountState state = AccountState::NoCode;
    QDateTime provisionalCodeExpiresAt; // null when no usable code is pending
    QDateTime lockedUntil;              // null when not locked
    QString pendingEmail;
    QDateTime linkSentAt;
    QDateTime linkExpiresAt;    // 7 days (V3)
    QDateTime emailForgottenAt; // 21 days (V5)
    bool linkExpired = false;
    bool emailForgotten = false;
};

} // namespace ameli
