#pragma once

#include <QString>

namespace ameli {

enum class PhoneKind
{
    Mobile,
    Landline
};
enum class PhoneError
{
    None,
    NotANumber,
    NotFrench,
    NotMobile,
    NotLandline
};

struct PhoneCheck
{
    PhoneError error = PhoneError::None;
    // Empty when nothing was typed: both numbers are optional (D3, D4).
    QString national;
    QString e164;
    bool isValid() const { return error == PhoneError::None; }
    QString message() const;
};

// French phone numbers, checked by libphonenumber (D6): mobiles 06/07, landlines 01-05 and 09,
// also written +33.
class PhoneNumberValidator
{
public:
    static PhoneCheck check(const QString &typed, PhoneKind kind);
};

} // namespace ameli
