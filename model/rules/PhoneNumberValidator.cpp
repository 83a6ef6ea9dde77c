#include "PhoneNumberValidator.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>
#include <phonenumbers/phonenumberutil.h>

namespace ameli {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneCheck PhoneNumberValidator::check(const QString &typed, PhoneKind kind)
{
    PhoneCheck result;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return result;

    // A number longer than any phone number is refused before it is parsed at all.
    if (text.size() > kMaxLength) {
        result.error = PhoneError::NotANumber;
        return result;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    // Each overseas region first, then France: 0690 12 34 56 is a Guadeloupe mobile, which
    // libphonenumber only reads as such when told the region, and 0590 12 34 56 must read the
    // same as +590 590 12 34 56. No metropolitan number is valid in those regions.
    static const char *const kFrenchRegions[] = {"GP", "GF", "MQ", "RE", "YT",
                                                 "PM", "BL", "MF", "FR"};
    PhoneNumber number;
    bool valid = false;
    bool parsed = false;
    for (const char *region : kFrenchRegions) {
        PhoneNumber candidate;
        if (util.Parse(text.toStdString(), region, &candidate) != PhoneNumberUtil::NO_PARSING_ERROR)
            continue;
        if (!parsed) {
            number = candidate;
            parsed = true;
        }
        if (util.IsValidNumber(candidate)) {
            number = candidate;
            valid = true;
            break;
        }
        // "+..." names its own country: the other regions would read it the same.
        if (text.startsWith(QLatin1Char('+')))
            break;
    }
    if (!valid) {
        int digits = 0;
        for (QChar c : text)
            digits += c.isDigit() ? 1 : 0;
        const bool tenDigits = digits == 10 && text.startsWith(QLatin1Char('0'));
        result.error = parsed && tenDigits ? PhoneError::UnknownNumber : PhoneError::NotANumber;
        if (parsed && text.startsWith(QLatin1Char('+')) && util.IsPossibleNumber(number))
            result.error = PhoneError::NotFrench;
        return result;
    }
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    if (std::find_if(std::begin(kFrenchRegions), std::end(kFrenchRegions),
                     [&region](const char *r) { return region == r; }) ==
        std::end(kFrenchRegions)) {
        result.error = PhoneError::NotFrench;
        return result;
    }
    const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
    const bool mobile =
        type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    const bool landline = type == PhoneNumberUtil::FIXED_LINE || type == PhoneNumberUtil::VOIP ||
                          type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    if (kind == PhoneKind::Mobile && !mobile) {
        result.error = PhoneError::NotMobile;
        return result;
    }
    if (kind == PhoneKind::Landline && !landline) {
        result.error = PhoneError::NotLandline;
        return result;
    }
    std::string formatted;
    util.Format(number, PhoneNumberUtil::NATIONAL, &formatted);
    result.national = QString::fromStdString(formatted);
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    result.e164 = QString::fromStdString(formatted);
    return result;
}

QString PhoneCheck::message() const
{
    switch (error) {
    case PhoneError::None:
        return {};
    case PhoneError::NotANumber:
        return QCoreApplication::translate(
            "PhoneNumberValidator",
            "Ce numéro de téléphone n'est pas valide : saisissez 10 chiffres, par exemple "
            "06 12 34 56 78, ou +33 6 12 34 56 78.");
    case PhoneError::UnknownNumber:
        return QCoreApplication::translate(
            "PhoneNumberValidator",
            "Ce numéro n'existe pas : vérifiez ses chiffres (un portable commence par 06 ou 07, "
            "ou par 0690, 0694, 0696, 0692, 0639... outre-mer).");
    case PhoneError::NotFrench:
        return QCoreApplication::translate("PhoneNumberValidator",
                                           "Saisissez un numéro de téléphone français.");
    case PhoneError::NotMobile:
        return QCoreApplication::translate(
            "PhoneNumberValidator",
            "Ce numéro n'est pas un numéro de portable : il doit commencer par 06 ou 07 (0690, "
            "0694, 0696, 0692, 0639... outre-mer).");
    case PhoneError::NotLandline:
        return QCoreApplication::translate(
            "PhoneNumberValidator",
            "Ce numéro n'est pas un numéro de fixe : il doit commencer par 01 à 05 ou 09 (0590, "
            "0594, 0596, 0262, 0269... outre-mer).");
    }
    return {};
}

} // namespace ameli
