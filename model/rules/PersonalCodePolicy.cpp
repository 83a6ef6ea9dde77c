#include "PersonalCodePolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ameli {

namespace {

bool isLatinLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool isLatinUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

QString PersonalCodePolicy::allowedSpecialCharacters()
{
    return QStringLiteral("?!$€£@&(-+_)=*%/<>,.;");
}

QString PersonalCodePolicy::allowedLatinLetters()
{
    return QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}

QString PersonalCodePolicy::label(CodeRule rule)
{
    switch (rule) {
    case CodeRule::Length:
        return QCoreApplication::translate("PersonalCodePolicy",
                                           "comporter entre 8 et 50 caractères");
    case CodeRule::LowerAndUpper:
        return QCoreApplication::translate(
            "PersonalCodePolicy", "contenir des caractères latins minuscules et majuscules");
    case CodeRule::DigitOrSpecial:
        return QCoreApplication::translate("PersonalCodePolicy",
                                           "contenir un chiffre ou un caractère spécial");
    case CodeRule::OnlyAllowed:
        return QCoreApplication::translate("PersonalCodePolicy",
                                           "ne contenir que des caractères autorisés");
    case CodeRule::NoPersonalData:
        return QCoreApplication::translate(
            "PersonalCodePolicy", "ne pas contenir votre n° de sécurité sociale, votre date de "
                                  "naissance ou une partie de celle-ci");
    case CodeRule::Confirmed:
        return QCoreApplication::translate("PersonalCodePolicy",
                                           "être saisi deux fois à l'identique");
    }
    return {};
}

QString PersonalCodePolicy::ruleId(CodeRule rule)
{
    switch (rule) {
    case CodeRule::Length:
        return QStringLiteral("P1");
    case CodeRule::LowerAndUpper:
        return QStringLiteral("P2");
    case CodeRule::DigitOrSpecial:
        return QStringLiteral("P3");
    case CodeRule::OnlyAllowed:
        return QStringLiteral("P4");
    case CodeRule::NoPersonalData:
        return QStringLiteral("P5");
    case CodeRule::Confirmed:
        return QStringLiteral("P6");
    }
    return {};
}

QStringList PersonalCodePolicy::forbiddenFragments(const PersonalData &person)
{
    QStringList fragments;
    // Any 4 digits in a row taken from the number count as "a part" of it.
    for (int i = 0; i + 4 <= person.nir13.size(); ++i)
        fragments << person.nir13.mid(i, 4);
    if (person.birthDate.isValid()) {
        const QDate &d = person.birthDate;
        // The date as people write it, with or without the leading zeros; fragments of fewer
        // than four digits would forbid too many ordinary codes.
        for (const char *format : {"yyyy", "ddMM", "MMdd", "ddMMyy", "yyMMdd", "dMyy", "ddMyy",
                                   "dMMyy", "dMyyyy", "ddMMyyyy", "yyyyMMdd"}) {
            const QString fragment = d.toString(QLatin1String(format));
            if (fragment.size() >= 4)
                fragments << fragment;
        }
    }
    fragments.removeDuplicates();
    return fragments;
}

QList<CodeRuleCheck> PersonalCodePolicy::check(const QString &code, const QString &confirmation,
                                               const PersonalData &person)
{
    bool lower = false, upper = false, digitOrSpecial = false, onlyAllowed = true;
    const QString specials = allowedSpecialCharacters();
    for (QChar c : code) {
        if (isLatinLower(c))
            lower = true;
        else if (isLatinUpper(c))
            upper = true;
        else if (isAsciiDigit(c) || specials.contains(c))
            digitOrSpecial = true;
        else
            onlyAllowed = false;
    }
    const int length = int(code.size());
    bool noPersonalData = true;
    // 14/07, 14.07.85, 14-07 are the date as much as 1407: separators between digits are read
    // through.
    static const QRegularExpression separatedDigits(QStringLiteral("(?<=[0-9])[/.\\- _](?=[0-9])"));
    const QString digitsJoined = QString(code).remove(separatedDigits);
    for (const QString &fragment : forbiddenFragments(person)) {
        if (code.contains(fragment) || digitsJoined.contains(fragment)) {
            noPersonalData = false;
            break;
        }
    }
    const QList<std::pair<CodeRule, bool>> results = {
        {CodeRule::Length, length >= kMinLength && length <= kMaxLength},
        {CodeRule::LowerAndUpper, lower && upper},
        {CodeRule::DigitOrSpecial, digitOrSpecial},
        {CodeRule::OnlyAllowed, !code.isEmpty() && onlyAllowed},
        {CodeRule::NoPersonalData, !code.isEmpty() && noPersonalData},
        {CodeRule::Confirmed, !code.isEmpty() && code == confirmation},
    };
    QList<CodeRuleCheck> checks;
    for (const auto &[rule, met] : results)
        checks.append({rule, met, label(rule)});
    return checks;
}

bool PersonalCodePolicy::isAcceptable(const QList<CodeRuleCheck> &checks)
{
    for (const CodeRuleCheck &c : checks) {
        if (!c.met)
            return false;
    }
    return !checks.isEmpty();
}

} // namespace ameli
