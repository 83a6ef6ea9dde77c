#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ameli {

// The screen the journey shows next.
enum class JourneyStep
{
    Home,              // the public site's home page (A1)
    AccountCreation,   // "Créer votre compte": outside the simulation (A6)
    ForgottenCode,     // "Code oublié ?" with the CAPTCHA (F1-F4)
    CodeSent,          // confirmation that a provisional code was sent (F5)
    Login,             // "J'accède à mon compte ameli" (A2)
    Conditions,        // Étape 1 (C1)
    PersonalCode,      // Étape 2 (P1-P9)
    ContactDetails,    // Étape 3 (D1-D6)
    ValidationPending, // "VALIDATION DE MON EMAIL" (V1)
    LinkExpired,       // send the link again, same or other address (V4)
    AskNewEmail,       // the address is forgotten, give one (V5)
    AccountHome,       // the account, once active (V6)
};

// The links and buttons that only move between pages (A1, A2, A5, A6).
enum class NavigationLink
{
    Home,            // back to ameli.fr
    ConnectYourself, // "Connectez-vous" (A1)
    CreateAccount,   // "Créer votre compte", "Première visite ? Créer un compte" (A6)
    ForgottenCode,   // "Code oublié ?" (A2, F1)
    FranceConnect,   // "S'identifier avec FranceConnect" (A5)
};

// What went wrong, precisely, so that a screen and a trainer can tell cases apart.
enum class Problem
{
    None,
    InvalidInput,          // see fieldErrors
    CaptchaWrong,          // F4
    CaptchaExpired,        // F3
    IdentityNotRecognised, // F8: number and birth date do not match, without saying which
    NoEmailOnFile,
    WrongCredentials,        // L3
    AccountLocked,           // L3
    ProvisionalCodeExpired,  // F6
    ProvisionalCodeReplaced, // F7: the code of an older mail
    ConditionsRefused,       // C2
    EmailAlreadyUsed,        // D5
    LinkUnknown,
    LinkBlocked,          // T6
    LinkBlockedByProgram, // T4: the provider's mail program; its webmail opens it
    LinkSuperseded,       // V7
    LinkExpired,          // V4
    EmailForgotten,       // V5
    AlreadyValidated,
    OutsideSimulation, // A5, A6: a real feature this simulator does not cover
    NoSession,         // an activation step asked for without the login before it
    StoreFailure,
};

// The field a message belongs to: screens show it right under that field.
namespace field {
inline const QString nir = QStringLiteral("nir");
inline const QString birthDate = QStringLiteral("birthDate");
inline const QString captcha = QStringLiteral("captcha");
inline const QString code = QStringLiteral("code");
inline const QString conditions = QStringLiteral("conditions");
inline const QString newCode = QStringLiteral("newCode");
inline const QString confirmCode = QStringLiteral("confirmCode");
inline const QString email = QStringLiteral("email");
inline const QString emailConfirmation = QStringLiteral("emailConfirmation");
inline const QString mobile = QStringLiteral("mobile");
inline const QString landline = QStringLiteral("landline");
} // namespace field

struct FieldError
{
    QString field;
    QString message;
    // The rules this error comes from, when the field's own rule is not enough to say it
    // (the personal code has five): see BrokenRules.
    QStringList rules = {};
};

// The answer to every user action: where to go, what went wrong, and the French message the
// user reads.
struct JourneyResult
{
    JourneyStep step = JourneyStep::Login;
    Problem problem = Problem::None;
    QString message;
    QList<FieldError> fieldErrors;

    bool ok() const { return problem == Problem::None; }
    QString errorFor(const QString &fieldName) const
    {
        for (const FieldError &e : fieldErrors) {
            if (e.field == fieldName)
                return e.message;
        }
        return {};
    }
};

} // namespace ameli
