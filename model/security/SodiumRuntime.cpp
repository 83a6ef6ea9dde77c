#include "SodiumRuntime.h"

#include <sodium.h>
#include <stdexcept>

namespace ameli {

void SodiumRuntime::ensureInitialised()
{
    // sodium_init() is thread-safe and returns 1 when already done.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace ameli
