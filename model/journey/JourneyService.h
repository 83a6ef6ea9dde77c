#pragma once

#include "AccountStatus.h"
#include "ContactDetails.h"
#include "JourneyResult.h"
#include "Person.h"
#include "Session.h"
#include "captcha/CaptchaService.h"
#include "rules/CodeStrengthMeter.h"
#include "rules/PersonalCodePolicy.h"
#include "security/SecretHasher.h"

#include <QHash>
#include <QUrl>
#include <functional>
#include <optional>

namespace ameli {

struct Account;
class Database;
class SimulationClock;
class Transaction;

// The journey's rules, one operation per user action. Screens call these and show the
// result; every rule of groups A, F, L, C, P, D and V is decided here and nowhere else.
// Each action runs in one transaction: it happens whole or not at all.
class JourneyService
{
public:
    JourneyService(const Database &database, const SimulationClock &clock,
                   SecretHasher hasher = SecretHasher());

    CaptchaService &captcha() { return m_captcha; }
    const Session &session() const { return m_session; }
    std::optional<Person> sessionPerson() const;

    // Links between pages: where each one leads (A1, A5, A6).
    JourneyResult follow(NavigationLink link);

    // "Code oublié ?" (F1-F8).
    JourneyResult requestProvisionalCode(const QString &nir, const QString &birthDate,
                                         const QString &captchaAnswer);
    // "ME CONNECTER" (L1-L4, V1, V4-V6).
    JourneyResult login(const QString &nir, const QString &code);
    void logout();

    // Étape 1 (C1, C2): no answer, yes, or no.
    JourneyResult answerConditions(std::optional<bool> accepted);
    // ANNULER: at step 1 it refuses the conditions (C2); later it only logs out.
    JourneyResult cancelActivation();

    // Étape 2 (P1-P9): the live checks for the session's person, and the choice.
    QList<CodeRuleCheck> checkPersonalCode(const QString &code, const QString &confirmation) const;
    CodeStrength personalCodeStrength(const QString &code) const;
    JourneyResult choosePersonalCode(const QString &code, const QString &confirmation);

    // Étape 3 (D1-D6), then the validation mail (V1, V2).
    JourneyResult giveContactDetails(const ContactDetails &details);

    // A link clicked in the mailbox (V2-V7, T6, T7).
    JourneyResult openLink(const QUrl &url);
    // The two choices of an expired link (V4), a new address once forgotten (V5), and another
    // address while the link is still valid, for a person who logged in and never got it (T3).
    JourneyResult resendLinkToSameAddress();
    JourneyResult resendLinkTo(const QString &email, const QString &confirmation);

    // Every delay running for the person, from the clock (for trainers and agents).
    AccountStatus status(qint64 personId) const;

    static QString maskedEmail(const QString &email);

    // The codes' hasher: tests count its verifications (every refusal costs the same).
    const SecretHasher &hasher() const { return m_hasher; }

private:
    JourneyResult run(const std::function<JourneyResult()> &action);
    JourneyResult refuseConditions(Account &account);
    JourneyResult loginFailed(Account &account);
    JourneyResult lockedOut(const QDateTime &until) const;
    // One more wrong code: the count, and the lock-out at the third (L3).
    JourneyResult countFailure(int &failedLogins, QDateTime &lockedUntil) const;
    JourneyResult afterPersonalCodeLogin(Account &account);
    JourneyResult linkStep(Account &account);
    JourneyResult sendValidationLink(Account &account, const QString &email);
    JourneyResult resendValidationLink(Account &account, const QString &email);
    std::optional<FieldError> emailUniquenessError(const QString &email, qint64 personId) const;
    PersonalData personalData(qint64 personId) const;
    JourneyResult noSession() const;
    JourneyResult openSession(Session::Purpose purpose, qint64 personId, JourneyStep step,
                              const QString &message = {});
    bool atStep(Session::Purpose purpose, JourneyStep step) const;

    const Database &m_database;
    const SimulationClock &m_clock;
    SecretHasher m_hasher;
    CaptchaService m_captcha;
    Session m_session;

    // Wrong codes typed for numbers nobody holds, so that they are answered as an account's.
    struct LoginAttempts
    {
        int failedLogins = 0;
        QDateTime lockedUntil;
    };
    QHash<QString, LoginAttempts> m_unknownNumbers;
    static constexpr int kUnknownNumbersKept = 10000;
};

} // namespace ameli
