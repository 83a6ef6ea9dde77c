#include "Nir.h"

#include <QCoreApplication>

namespace ameli {

namespace {

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int twoDigits(QStringView text)
{
    return text.toInt();
}

} // namespace

Nir Nir::parse(const QString &typed)
{
    Nir nir;
    QString compact;
    compact.reserve(typed.size());
    for (QChar c : typed) {
        if (!c.isSpace())
            compact.append(c.toUpper());
    }
    nir.m_typedLength = int(compact.size());

    if (compact.isEmpty()) {
        nir.m_error = NirError::Empty;
        return nir;
    }
    if (compact.size() != 13 && compact.size() != 15) {
        nir.m_error = NirError::WrongLength;
        return nir;
    }
    const QStringView department = QStringView(compact).mid(5, 2);
    const bool corsica = department == u"2A" || department == u"2B";
    if (!allDigits(QStringView(compact).left(5)) || !allDigits(QStringView(compact).mid(7)) ||
        (!corsica && !allDigits(department))) {
        nir.m_error = NirError::NotDigits;
        return nir;
    }
    const QChar sex = compact.at(0);
    if (sex == QLatin1Char('7') || sex == QLatin1Char('8')) {
        nir.m_error = NirError::TemporaryNumber;
        return nir;
    }
    if (sex != QLatin1Char('1') && sex != QLatin1Char('2')) {
        nir.m_error = NirError::BadSex;
        return nir;
    }
    const int month = twoDigits(QStringView(compact).mid(3, 2));
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 99))) {
        nir.m_error = NirError::BadMonth;
        return nir;
    }
    if (!corsica && twoDigits(department) == 0) {
        nir.m_error = NirError::BadDepartment;
        return nir;
    }
    nir.m_number = compact.left(13);
    if (compact.size() == 15) {
        nir.m_typedKey = twoDigits(QStringView(compact).mid(13, 2));
        if (*nir.m_typedKey != computeKey(nir.m_number)) {
            nir.m_error = NirError::BadKey;
            return nir;
        }
    }
    nir.m_error = NirError::None;
    return nir;
}

int Nir::computeKey(const QString &thirteen)
{
    QString digits = thirteen;
    if (digits.mid(5, 2) == u"2A")
        digits.replace(5, 2, QStringLiteral("19"));
    else if (digits.mid(5, 2) == u"2B")
        digits.replace(5, 2, QStringLiteral("18"));
    // 13 digits exceed 32 bits: the key needs 64-bit arithmetic.
    const qulonglong value = digits.toULongLong();
    return int(97 - value % 97);
}

QString Nir::errorMessage() const
{
    switch (m_error) {
    case NirError::None:
        return {};
    case NirError::Empty:
        return QCoreApplication::translate("Nir", "Saisissez votre numéro de sécurité sociale.");
    case NirError::WrongLength:
        return QCoreApplication::translate(
            "Nir",
            "Le numéro de sécurité sociale comporte 13 caractères (15 avec la "
            "clé) : vous en avez saisi %n.",
            nullptr, m_typedLength);
    case NirError::NotDigits:
        return QCoreApplication::translate(
            "Nir", "Le numéro de sécurité sociale ne contient que des chiffres (et 2A ou 2B "
                   "pour une naissance en Corse).");
    case NirError::TemporaryNumber:
        return QCoreApplication::translate(
            "Nir", "Ce numéro commence par 7 ou 8 : c'est un numéro provisoire, pas de compte "
                   "ameli possible.");
    case NirError::BadSex:
        return QCoreApplication::translate(
            "Nir", "Le premier chiffre du numéro de sécurité sociale doit être 1 ou 2.");
    case NirError::BadMonth:
        return QCoreApplication::translate(
            "Nir", "Le mois de naissance (4e et 5e chiffres) doit être compris entre 01 et 12, "
                   "ou entre 20 et 99 s'il est inconnu.");
    case NirError::BadDepartment:
        return QCoreApplication::translate(
            "Nir", "Le département de naissance (6e et 7e caractères) doit être compris entre "
                   "01 et 99, ou valoir 2A ou 2B.");
    case NirError::BadKey:
        return QCoreApplication::translate("Nir", "La clé de contrôle est invalide.");
    }
    return {};
}

int Nir::birthYearTwoDigits() const
{
    return twoDigits(QStringView(m_number).mid(1, 2));
}

int Nir::birthMonth() const
{
    return twoDigits(QStringView(m_number).mid(3, 2));
}

bool Nir::birthMonthUnknown() const
{
    return birthMonth() >= 20;
}

QString Nir::masked() const
{
    return masked(m_number);
}

QString Nir::masked(const QString &thirteen)
{
    // Sex, year and month are enough to tell two demo persons apart in a log.
    return thirteen.left(5) +
           QString(thirteen.size() > 5 ? thirteen.size() - 5 : 0, QLatin1Char('*'));
}

} // namespace ameli
