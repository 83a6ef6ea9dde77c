#include "PhoneNumberValidator.h"

#include <QCoreApplication>
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

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(text.toStdString(), "FR", &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util.IsValidNumber(number)) {
        result.error = PhoneError::NotANumber;
        return result;
    }
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    if (region != "FR") {
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
    case PhoneError::NotFrench:
        return QCoreApplication::translate("PhoneNumberValidator",
                                           "Saisissez un numéro de téléphone français.");
    case PhoneError::NotMobile:
        return QCoreApplication::translate(
            "PhoneNumberValidator",
            "Ce numéro n'est pas un numéro de portable : il doit commencer par 06 ou 07.");
    case PhoneError::NotLandline:
        return QCoreApplication::translate(
            "PhoneNumberValidator",
            "Ce numéro n'est pas un numéro de fixe : il doit commencer par 01 à 05 ou 09.");
    }
    return {};
}

} // namespace ameli
