#include "ProblemKeys.h"

namespace ameli {

namespace {

struct ProblemName
{
    Problem problem;
    const char *key;
};

constexpr ProblemName kProblems[] = {
    {Problem::None, ""},
    {Problem::InvalidInput, "invalid_input"},
    {Problem::CaptchaWrong, "captcha_wrong"},
    {Problem::CaptchaExpired, "captcha_expired"},
    {Problem::IdentityNotRecognised, "identity_not_recognised"},
    {Problem::NoEmailOnFile, "no_email_on_file"},
    {Problem::WrongCredentials, "wrong_credentials"},
    {Problem::AccountLocked, "account_locked"},
    {Problem::ProvisionalCodeExpired, "provisional_code_expired"},
    {Problem::ProvisionalCodeReplaced, "provisional_code_replaced"},
    {Problem::ConditionsRefused, "conditions_refused"},
    {Problem::EmailAlreadyUsed, "email_already_used"},
    {Problem::LinkUnknown, "link_unknown"},
    {Problem::LinkBlocked, "link_blocked"},
    {Problem::LinkBlockedByProgram, "link_blocked_by_program"},
    {Problem::LinkSuperseded, "link_superseded"},
    {Problem::LinkExpired, "link_expired"},
    {Problem::EmailForgotten, "email_forgotten"},
    {Problem::AlreadyValidated, "already_validated"},
    {Problem::OutsideSimulation, "outside_simulation"},
    {Problem::NoSession, "no_session"},
    {Problem::StoreFailure, "store_failure"},
};

} // namespace

QString ProblemKeys::key(Problem problem)
{
    for (const ProblemName &p : kProblems) {
        if (p.problem == problem)
            return QLatin1String(p.key);
    }
    return {};
}

Problem ProblemKeys::fromKey(const QString &key)
{
    for (const ProblemName &p : kProblems) {
        if (key == QLatin1String(p.key))
            return p.problem;
    }
    return Problem::None;
}

} // namespace ameli
