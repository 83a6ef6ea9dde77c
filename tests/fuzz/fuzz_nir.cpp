#include "identity/Nir.h"

#include <QString>
#include <cstddef>
#include <cstdint>

// The social security number as typed on the login and "Code oublié ?" pages (A4).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ameli::Nir nir = ameli::Nir::parse(typed);
    if (typed.size() >= 13)
        (void)ameli::Nir::computeKey(typed.left(13));
    (void)ameli::Nir::masked(typed);
    (void)nir;
    return 0;
}
