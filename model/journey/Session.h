#pragma once

#include "JourneyResult.h"

namespace ameli {

// Who is logged in, and why: the journey allows each action only at its own step.
struct Session
{
    enum class Purpose
    {
        None,
        Activation, // logged in with a provisional code, activating the account (L2)
        CodeReset,  // an account already activated, choosing a new personal code (L4)
        ResendLink, // sending the validation link again: expired (V4, V5), or never received (T3)
        Account,    // logged in with the personal code to an active account (V6)
    };

    qint64 personId = 0;
    Purpose purpose = Purpose::None;
    JourneyStep step = JourneyStep::Login;

    bool isOpen() const { return purpose != Purpose::None; }
};

} // namespace ameli
