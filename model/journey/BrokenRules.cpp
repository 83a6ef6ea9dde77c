#include "BrokenRules.h"

#include <QHash>

namespace ameli {

namespace {

QString ofProblem(const JourneyResult &result)
{
    switch (result.problem) {
    case Problem::None:
    case Problem::InvalidInput:
    case Problem::StoreFailure:
        return {};
    case Problem::CaptchaWrong:
        return QStringLiteral("F4");
    case Problem::CaptchaExpired:
        return QStringLiteral("F3");
    case Problem::IdentityNotRecognised:
        return QStringLiteral("F8");
    case Problem::NoEmailOnFile:
        return QStringLiteral("F5");
    case Problem::WrongCredentials:
    case Problem::AccountLocked:
        return QStringLiteral("L3");
    case Problem::ProvisionalCodeExpired:
        return QStringLiteral("F6");
    case Problem::ProvisionalCodeReplaced:
        return QStringLiteral("F7");
    case Problem::ConditionsRefused:
        return QStringLiteral("C2");
    case Problem::EmailAlreadyUsed:
        return QStringLiteral("D5");
    case Problem::LinkUnknown:
        return QStringLiteral("V2");
    case Problem::LinkBlocked:
        return QStringLiteral("T6");
    case Problem::LinkBlockedByProgram:
        return QStringLiteral("T4");
    case Problem::LinkSuperseded:
        return QStringLiteral("V7");
    case Problem::LinkExpired:
        return QStringLiteral("V4");
    case Problem::EmailForgotten:
        return QStringLiteral("V5");
    case Problem::AlreadyValidated:
        return QStringLiteral("V6");
    case Problem::OutsideSimulation:
        return result.step == JourneyStep::AccountCreation ? QStringLiteral("A6")
                                                           : QStringLiteral("A5");
    case Problem::NoSession:
        return QStringLiteral("L2");
    }
    return {};
}

} // namespace

QString BrokenRules::ofField(const QString &fieldName)
{
    static const QHash<QString, QString> rules = {
        {field::nir, QStringLiteral("A4")},
        {field::birthDate, QStringLiteral("F1")},
        {field::captcha, QStringLiteral("F2")},
        {field::code, QStringLiteral("L1")},
        {field::conditions, QStringLiteral("C2")},
        {field::newCode, QStringLiteral("P1")},
        {field::confirmCode, QStringLiteral("P6")},
        {field::email, QStringLiteral("D1")},
        {field::emailConfirmation, QStringLiteral("D1")},
        {field::mobile, QStringLiteral("D6")},
        {field::landline, QStringLiteral("D6")},
    };
    return rules.value(fieldName);
}

QStringList BrokenRules::of(const JourneyResult &result)
{
    QStringList rules;
    const auto add = [&rules](const QString &rule) {
        if (!rule.isEmpty() && !rules.contains(rule))
            rules << rule;
    };
    // A refusal of the service names its own rule; its field only says where it showed.
    add(ofProblem(result));
    if (result.problem == Problem::InvalidInput) {
        for (const FieldError &e : result.fieldErrors) {
            if (e.rules.isEmpty())
                add(ofField(e.field));
            for (const QString &rule : e.rules)
                add(rule);
        }
    }
    return rules;
}

} // namespace ameli
