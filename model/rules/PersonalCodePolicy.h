#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ameli {

// The rules of "Votre code personnel doit :", in the guide's order (P1-P5), then the
// confirmation (P6).
enum class CodeRule
{
    Length,
    LowerAndUpper,
    DigitOrSpecial,
    OnlyAllowed,
    NoPersonalData,
    Confirmed
};

struct CodeRuleCheck
{
    CodeRule rule;
    bool met;
    QString label;
};

// What the person is, so that the code does not reveal it (P5).
struct PersonalData
{
    QString nir13;
    QDate birthDate;
    QString firstName;
    QString lastName;
};

class PersonalCodePolicy
{
public:
    static constexpr int kMinLength = 8;
    static constexpr int kMaxLength = 50;

    // P4: the kiosk keyboards' special characters.
    static QString allowedSpecialCharacters();
    static QString allowedLatinLetters();

    // The live list the screen ticks as the user types (P9).
    static QList<CodeRuleCheck> check(const QString &code, const QString &confirmation,
                                      const PersonalData &person);
    static bool isAcceptable(const QList<CodeRuleCheck> &checks);

    // P5: every 4-digit run of the number, and the birth date's year and day/month forms.
    static QStringList forbiddenFragments(const PersonalData &person);

    static QString label(CodeRule rule);
    // The rule's ID in journey-rules.md (P1 to P6).
    static QString ruleId(CodeRule rule);
};

} // namespace ameli
