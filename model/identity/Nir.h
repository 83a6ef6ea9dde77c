#pragma once

#include <QString>
#include <optional>

namespace ameli {

// What is wrong with a typed social security number, precisely enough to tell the user (A4).
enum class NirError
{
    None,
    Empty,
    WrongLength,
    NotDigits,
    TemporaryNumber,
    BadSex,
    BadMonth,
    BadDepartment,
    BadKey,
};

// A social security number (NIR) as typed at login or "Code oublié ?", checked the way
// Assurance Maladie's own validator checks it (rule A4).
class Nir
{
public:
    // Spaces are ignored, 2a/2b read as 2A/2B; 13 characters, or 15 with the key.
    static Nir parse(const QString &typed);

    // key = 97 - (number mod 97), with 2A read as 19 and 2B as 18.
    static int computeKey(const QString &thirteen);

    bool isValid() const { return m_error == NirError::None; }
    NirError error() const { return m_error; }
    QString errorMessage() const;

    // The 13 first characters, normalised: what the store keys persons by.
    const QString &number() const { return m_number; }
    std::optional<int> typedKey() const { return m_typedKey; }

    int birthYearTwoDigits() const;
    int birthMonth() const;
    bool birthMonthUnknown() const;

    // What may appear in a log or an export: never the whole number.
    QString masked() const;
    static QString masked(const QString &thirteen);

private:
    NirError m_error = NirError::Empty;
    QString m_number;
    std::optional<int> m_typedKey;
    int m_typedLength = 0;
};

} // namespace ameli
