#pragma once

#include <QString>

namespace ameli {

// What the event log may keep of what a person typed. Codes, CAPTCHA answers and anything
// unknown keep nothing but their length; the social security number keeps its first five
// characters (sex, year and month of birth), as the logs do; the rest (a birth date, an
// address, a phone number, mailbox searches: fictitious persona data) is kept for the replay
// and never exported.
class FieldPrivacy
{
public:
    enum class Level
    {
        Secret,
        Masked,
        Plain,
    };

    static Level of(const QString &fieldName);
    static QString safeValue(const QString &fieldName, const QString &typed);
    // The first five characters that are not spaces, the others as '*', spaces kept.
    static QString maskNumber(const QString &typed);

    // The field of the mailbox's search box (not a field of the journey's pages).
    static QString mailboxSearchField() { return QStringLiteral("mailboxSearch"); }
};

} // namespace ameli
