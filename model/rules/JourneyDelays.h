#pragma once

#include <chrono>

namespace ameli::delays {

using namespace std::chrono_literals;

// The delays the official guide gives (F3, F6, V3, V4, V5).
inline constexpr std::chrono::milliseconds kCaptchaLifetime = 5min;
inline constexpr std::chrono::milliseconds kProvisionalCodeLifetime = 30min;
inline constexpr std::chrono::milliseconds kValidationLinkLifetime = 7 * 24h;
inline constexpr std::chrono::milliseconds kEmailKeptFor = 21 * 24h;

// L3: the guide is silent; three wrong codes in a row is what the real service is reported to
// allow, and a quarter of an hour is long enough to stop guessing yet short for a real person.
inline constexpr int kMaxFailedLogins = 3;
inline constexpr std::chrono::milliseconds kLockoutDuration = 15min;

} // namespace ameli::delays
