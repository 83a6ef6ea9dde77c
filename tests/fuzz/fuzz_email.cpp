#include "rules/EmailAddressValidator.h"

#include <QString>
#include <cstddef>
#include <cstdint>

// Step 3's address and its confirmation (D1, D2): the input split at its first newline.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = text.indexOf(QLatin1Char('\n'));
    const QString typed = cut < 0 ? text : text.left(cut);
    const QString confirmation = cut < 0 ? text : text.mid(cut + 1);
    (void)ameli::EmailAddressValidator::check(typed);
    (void)ameli::EmailAddressValidator::checkPair(typed, confirmation);
    return 0;
}
