#include "BirthDate.h"

#include "Nir.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ameli {

BirthDate BirthDate::parse(const QString &typed, const QDate &today)
{
    BirthDate result;
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        result.m_error = BirthDateError::Empty;
        return result;
    }
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    int day = 0, month = 0, year = 0;
    if (const auto m = french.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = m.captured(3).toInt();
    } else if (const auto i = iso.match(text); i.hasMatch()) {
        year = i.captured(1).toInt();
        month = i.captured(2).toInt();
        day = i.captured(3).toInt();
    } else {
        result.m_error = BirthDateError::BadFormat;
        return result;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        result.m_error = BirthDateError::NoSuchDay;
        return result;
    }
    if (date > today) {
        result.m_error = BirthDateError::InFuture;
        return result;
    }
    if (year < 1900) {
        result.m_error = BirthDateError::TooOld;
        return result;
    }
    result.m_date = date;
    result.m_error = BirthDateError::None;
    return result;
}

bool BirthDate::agreesWith(const QDate &date, const Nir &nir)
{
    if (!date.isValid() || !nir.isValid())
        return false;
    if (date.year() % 100 != nir.birthYearTwoDigits())
        return false;
    return nir.birthMonthUnknown() || date.month() == nir.birthMonth();
}

BirthDate BirthDate::disagreement()
{
    BirthDate result;
    result.m_error = BirthDateError::DisagreesWithNir;
    return result;
}

QString BirthDate::errorMessage() const
{
    switch (m_error) {
    case BirthDateError::None:
        return {};
    case BirthDateError::Empty:
        return QCoreApplication::translate("BirthDate", "Saisissez votre date de naissance.");
    case BirthDateError::BadFormat:
        return QCoreApplication::translate(
            "BirthDate", "La date de naissance doit être au format JJ/MM/AAAA, par exemple "
                         "14/07/1985.");
    case BirthDateError::NoSuchDay:
        return QCoreApplication::translate("BirthDate",
                                           "Cette date n'existe pas dans le calendrier.");
    case BirthDateError::InFuture:
        return QCoreApplication::translate("BirthDate",
                                           "La date de naissance ne peut pas être dans le futur.");
    case BirthDateError::TooOld:
        return QCoreApplication::translate("BirthDate",
                                           "La date de naissance doit être postérieure à 1900.");
    case BirthDateError::DisagreesWithNir:
        return QCoreApplication::translate(
            "BirthDate", "L'année et le mois de naissance ne correspondent pas au numéro de "
                         "sécurité sociale (2e à 5e chiffres).");
    }
    return {};
}

} // namespace ameli
