#pragma once

namespace ameli {

// libsodium must be initialised once before any of its functions is used.
class SodiumRuntime
{
public:
    static void ensureInitialised();
};

} // namespace ameli
