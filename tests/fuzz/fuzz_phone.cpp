#include "rules/PhoneNumberValidator.h"

#include <QString>
#include <cstddef>
#include <cstdint>

// Step 3's mobile and landline numbers (D6), through libphonenumber.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ameli::PhoneNumberValidator::check(typed, ameli::PhoneKind::Mobile);
    (void)ameli::PhoneNumberValidator::check(typed, ameli::PhoneKind::Landline);
    return 0;
}
