#pragma once

#include <QDate>
#include <QString>

namespace ameli {

class Nir;

enum class BirthDateError
{
    None,
    Empty,
    BadFormat,
    NoSuchDay,
    InFuture,
    TooOld,
    DisagreesWithNir
};

// A date of birth typed as JJ/MM/AAAA (what screens show) or AAAA-MM-JJ (what files hold).
class BirthDate
{
public:
    // `today` comes from the simulation clock, so that "in the future" follows it (K1).
    static BirthDate parse(const QString &typed, const QDate &today);

    // The number's year and month must be the date's, unless the month is unknown (20-99).
    static bool agreesWith(const QDate &date, const Nir &nir);

    bool isValid() const { return m_error == BirthDateError::None; }
    BirthDateError error() const { return m_error; }
    QString errorMessage() const;
    QDate date() const { return m_date; }

    static BirthDate disagreement();

private:
    BirthDateError m_error = BirthDateError::Empty;
    QDate m_date;
};

} // namespace ameli
