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
    NotANumber,    // not even a phone number's shape
    UnknownNumber, // ten digits, but no such number exists in France
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
// also written +33, and those of the overseas departments and collectivities (0690/0691 and
// 0590 in Guadeloupe, 0694/0594 in Guyane, 0696/0596 in Martinique, 0692/0693/0262 in La
// Réunion, 0639/0269 in Mayotte...), also written +590, +594, +596, +262, +508.
class PhoneNumberValidator
{
public:
    // Longer than "+33 (0)6 12 34 56 78" written loosely: not a phone number.
    static constexpr int kMaxLength = 30;

    static PhoneCheck check(const QString &typed, PhoneKind kind);
};

} // namespace ameli
