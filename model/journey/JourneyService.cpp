#include "JourneyService.h"

#include "GuideTexts.h"
#include "ProvisionalCodeMailer.h"
#include "SimulatedSites.h"
#include "ValidationMailer.h"
#include "clock/SimulationClock.h"
#include "identity/BirthDate.h"
#include "identity/Nir.h"
#include "mail/MailDelivery.h"
#include "mail/MailTemplates.h"
#include "rules/EmailAddressValidator.h"
#include "rules/JourneyDelays.h"
#include "rules/PhoneNumberValidator.h"
#include "security/RandomSource.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreError.h"
#include "store/Transaction.h"
#include "store/ValidationLinkRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcJourney, "ameli.model.journey")

namespace ameli {

namespace {

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("dd/MM/yyyy 'à' HH:mm"));
}

JourneyResult invalid(JourneyStep step, QList<FieldError> errors)
{
    JourneyResult r;
    r.step = step;
    r.problem = Problem::InvalidInput;
    r.fieldErrors = std::move(errors);
    r.message = r.fieldErrors.size() == 1
                    ? r.fieldErrors.first().message
                    : QCoreApplication::translate("JourneyService", "%1 champs sont à corriger.")
                          .arg(r.fieldErrors.size());
    return r;
}

JourneyResult problem(JourneyStep step, Problem p, const QString &message,
                      const QString &fieldName = {})
{
    JourneyResult r;
    r.step = step;
    r.problem = p;
    r.message = message;
    if (!fieldName.isEmpty())
        r.fieldErrors.append({fieldName, message});
    return r;
}

JourneyResult success(JourneyStep step, const QString &message = {})
{
    JourneyResult r;
    r.step = step;
    r.message = message;
    return r;
}

QString validationPendingMessage()
{
    return QCoreApplication::translate(
        "JourneyService",
        "Pour finaliser la création de votre compte, merci de cliquer sur le lien reçu par "
        "email.");
}

} // namespace

JourneyService::JourneyService(const Database &database, const SimulationClock &clock,
                               SecretHasher hasher)
    : m_database(database)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_captcha(clock)
{
}

JourneyResult JourneyService::run(const std::function<JourneyResult()> &action)
{
    // The store rolls the action back: the session goes back with it, and the person stays
    // on the page, with what they typed, to try again once the cause is gone.
    const Session before = m_session;
    try {
        Transaction transaction(m_database);
        JourneyResult result = action();
        transaction.commit();
        return result;
    } catch (const StoreError &e) {
        qCWarning(lcJourney) << "store failure:" << e.detail();
        m_session = before;
        return problem(m_session.isOpen() ? m_session.step : JourneyStep::Login,
                       Problem::StoreFailure, e.message());
    }
}

std::optional<Person> JourneyService::sessionPerson() const
{
    if (!m_session.isOpen())
        return std::nullopt;
    return PersonRepository(m_database).findById(m_session.personId);
}

void JourneyService::logout()
{
    m_session = {};
}

bool JourneyService::atStep(Session::Purpose purpose, JourneyStep step) const
{
    return m_session.purpose == purpose && m_session.step == step;
}

JourneyResult JourneyService::noSession() const
{
    return problem(JourneyStep::Login, Problem::NoSession,
                   QCoreApplication::translate(
                       "JourneyService", "Votre session a pris fin. Connectez-vous de nouveau."));
}

JourneyResult JourneyService::openSession(Session::Purpose purpose, qint64 personId,
                                          JourneyStep step, const QString &message)
{
    m_session = {personId, purpose, step};
    return success(step, message);
}

QString JourneyService::maskedEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return email;
    const QString local = email.left(at);
    const QString hidden =
        local.size() <= 2
            ? QString(local.size(), QLatin1Char('*'))
            : local.left(1) + QString(local.size() - 2, QLatin1Char('*')) + local.right(1);
    return hidden + email.mid(at);
}

PersonalData JourneyService::personalData(qint64 personId) const
{
    const std::optional<Person> p = PersonRepository(m_database).findById(personId);
    if (!p)
        return {};
    return {p->nir13, p->birthDate, p->firstName, p->lastName};
}

// ---- Navigation -----------------------------------------------------------------------------

JourneyResult JourneyService::follow(NavigationLink link)
{
    switch (link) {
    case NavigationLink::Home:
        m_session = {};
        return success(JourneyStep::Home);
    case NavigationLink::ConnectYourself:
        return success(JourneyStep::Login);
    case NavigationLink::CreateAccount:
        return problem(JourneyStep::AccountCreation, Problem::OutsideSimulation,
                       GuideTexts::accountCreationOutsideSimulation());
    case NavigationLink::ForgottenCode:
        m_captcha.renew();
        return success(JourneyStep::ForgottenCode);
    case NavigationLink::FranceConnect:
        return problem(JourneyStep::Login, Problem::OutsideSimulation,
                       GuideTexts::franceConnectOutsideSimulation());
    }
    return success(JourneyStep::Home);
}

// ---- "Code oublié ?" ----------------------------------------------------------------------

JourneyResult JourneyService::requestProvisionalCode(const QString &nirText,
                                                     const QString &birthDateText,
                                                     const QString &captchaAnswer)
{
    const Nir nir = Nir::parse(nirText);
    const BirthDate birth = BirthDate::parse(birthDateText, m_clock.now().toLocalTime().date());
    QList<FieldError> errors;
    if (!nir.isValid())
        errors.append({field::nir, nir.errorMessage()});
    if (!birth.isValid())
        errors.append({field::birthDate, birth.errorMessage()});
    if (captchaAnswer.trimmed().isEmpty())
        errors.append({field::captcha,
                       QCoreApplication::translate(
                           "JourneyService", "Saisissez les caractères affichés ou entendus.")});
    if (!errors.isEmpty())
        return invalid(JourneyStep::ForgottenCode, errors);

    switch (m_captcha.check(captchaAnswer)) {
    case CaptchaVerdict::Expired:
        return problem(JourneyStep::ForgottenCode, Problem::CaptchaExpired,
                       QCoreApplication::translate(
                           "JourneyService",
                           "Le délai de 5 minutes est dépassé : une nouvelle liste de caractères "
                           "vous est proposée."),
                       field::captcha);
    case CaptchaVerdict::Wrong:
    case CaptchaVerdict::Missing:
        return problem(JourneyStep::ForgottenCode, Problem::CaptchaWrong,
                       QCoreApplication::translate(
                           "JourneyService",
                           "Les caractères saisis ne correspondent pas. Recommencez avec la "
                           "nouvelle liste de caractères."),
                       field::captcha);
    case CaptchaVerdict::Accepted:
        break;
    }

    return run([&]() -> JourneyResult {
        const std::optional<Person> person = PersonRepository(m_database).findByNir(nir.number());
        if (!person || person->birthDate != birth.date()) {
            // F8: never say which of the two was wrong.
            qCInfo(lcJourney) << "forgotten code: no match for" << nir.masked();
            return problem(JourneyStep::ForgottenCode, Problem::IdentityNotRecognised,
                           QCoreApplication::translate(
                               "JourneyService",
                               "Les informations saisies ne nous permettent pas de vous "
                               "identifier. Vérifiez votre numéro de sécurité sociale et votre "
                               "date de naissance."));
        }
        if (person->emailOnFile.isEmpty()) {
            return problem(JourneyStep::ForgottenCode, Problem::NoEmailOnFile,
                           QCoreApplication::translate(
                               "JourneyService",
                               "Aucune adresse email n'est connue pour vous : le code provisoire "
                               "ne peut pas vous être envoyé. Contactez votre caisse d'Assurance "
                               "Maladie au 3646, qui pourra vous le remettre."));
        }
        ProvisionalCodeMailer(m_database, m_hasher).send(*person, m_clock.now());
        qCInfo(lcJourney) << "provisional code sent for" << nir.masked();
        return success(JourneyStep::CodeSent,
                       QCoreApplication::translate(
                           "JourneyService",
                           "Votre code provisoire vient de vous être envoyé par email à l'adresse "
                           "%1. Il est valable 30 minutes.")
                           .arg(maskedEmail(person->emailOnFile)));
    });
}

// ---- Login --------------------------------------------------------------------------------

JourneyResult JourneyService::login(const QString &nirText, const QString &codeText)
{
    m_session = {};
    const Nir nir = Nir::parse(nirText);
    const QString code = codeText.trimmed();
    QList<FieldError> errors;
    if (!nir.isValid())
        errors.append({field::nir, nir.errorMessage()});
    if (code.isEmpty())
        errors.append({field::code, QCoreApplication::translate(
                                        "JourneyService",
                                        "Saisissez votre code personnel ou le code provisoire à 4 "
                                        "chiffres reçu par email.")});
    if (!errors.isEmpty())
        return invalid(JourneyStep::Login, errors);

    return run([&]() -> JourneyResult {
        const std::optional<Person> person = PersonRepository(m_database).findByNir(nir.number());
        const QDateTime now = m_clock.now();
        static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
        const bool provisionalLooking = fourDigits.match(code).hasMatch();
        if (!person) {
            // The answers must not tell whether a number is registered: an unknown number is
            // counted and locked out as an account is, in memory only.
            if (m_unknownNumbers.size() > kUnknownNumbersKept)
                m_unknownNumbers.clear();
            LoginAttempts &attempts = m_unknownNumbers[nir.number()];
            if (attempts.lockedUntil.isValid() && now < attempts.lockedUntil)
                return lockedOut(attempts.lockedUntil);
            // Nor how long they take: the verifications a known number's wrong code costs
            // (a 4-digit code is checked as the provisional code, then as the replaced one).
            const int verifications = provisionalLooking ? 2 : 1;
            for (int i = 0; i < verifications; ++i)
                m_hasher.verify(QString(), code);
            return countFailure(attempts.failedLogins, attempts.lockedUntil);
        }
        const AccountRepository accounts(m_database);
        Account account = accounts.require(person->id);
        if (account.lockedUntil.isValid() && now < account.lockedUntil)
            return lockedOut(account.lockedUntil);

        if (provisionalLooking) {
            if (!m_hasher.verify(account.provisionalCodeHash, code)) {
                // F7: the code of an older mail is not a wrong code, and does not lock.
                if (m_hasher.verify(account.replacedProvisionalHash, code)) {
                    return problem(JourneyStep::Login, Problem::ProvisionalCodeReplaced,
                                   QCoreApplication::translate(
                                       "JourneyService",
                                       "Ce code provisoire a été remplacé par un code plus récent "
                                       ": seul le code du dernier mail « Votre compte ameli » "
                                       "reçu fonctionne."),
                                   field::code);
                }
                return loginFailed(account);
            }
            const QDateTime expiry =
                account.provisionalIssuedAt.addMSecs(delays::kProvisionalCodeLifetime.count());
            // F7: a provisional code works once, whatever happens next.
            account.provisionalCodeHash.clear();
            account.provisionalIssuedAt = {};
            if (now >= expiry) {
                accounts.save(account);
                return problem(JourneyStep::Login, Problem::ProvisionalCodeExpired,
                               QCoreApplication::translate(
                                   "JourneyService",
                                   "Ce code provisoire a expiré : il n'est valable que 30 minutes. "
                                   "Cliquez sur « Code oublié ? » pour en recevoir un nouveau."),
                               field::code);
            }
            account.failedLogins = 0;
            accounts.save(account);
            switch (account.state) {
            case AccountState::NoCode:
            case AccountState::ProvisionalCodeSent:
                return openSession(Session::Purpose::Activation, person->id,
                                   JourneyStep::Conditions);
            case AccountState::ConditionsAccepted:
            case AccountState::PersonalCodeChosen:
                return openSession(Session::Purpose::Activation, person->id,
                                   JourneyStep::PersonalCode);
            case AccountState::EmailPending:
            case AccountState::Active:
                // L4: conditions and email are not asked again.
                return openSession(Session::Purpose::CodeReset, person->id,
                                   JourneyStep::PersonalCode);
            }
        }

        if (!m_hasher.verify(account.personalCodeHash, code))
            return loginFailed(account);
        account.failedLogins = 0;
        accounts.save(account);
        return afterPersonalCodeLogin(account);
    });
}

JourneyResult JourneyService::loginFailed(Account &account)
{
    JourneyResult result = countFailure(account.failedLogins, account.lockedUntil);
    AccountRepository(m_database).save(account);
    return result;
}

JourneyResult JourneyService::lockedOut(const QDateTime &until) const
{
    return problem(JourneyStep::Login, Problem::AccountLocked,
                   QCoreApplication::translate(
                       "JourneyService",
                       "Votre compte est temporairement bloqué après plusieurs codes erronés, "
                       "jusqu'au %1. Vous pouvez aussi cliquer sur « Code oublié ? » pour recevoir "
                       "un nouveau code provisoire.")
                       .arg(localTime(until)));
}

JourneyResult JourneyService::countFailure(int &failedLogins, QDateTime &lockedUntil) const
{
    ++failedLogins;
    if (failedLogins >= delays::kMaxFailedLogins) {
        failedLogins = 0;
        lockedUntil = m_clock.now().addMSecs(delays::kLockoutDuration.count());
        return problem(JourneyStep::Login, Problem::AccountLocked,
                       QCoreApplication::translate(
                           "JourneyService",
                           "Code incorrect. Après %1 essais erronés, votre compte est "
                           "temporairement bloqué jusqu'au %2. Cliquez sur « Code oublié ? » pour "
                           "recevoir un nouveau code provisoire.")
                           .arg(delays::kMaxFailedLogins)
                           .arg(localTime(lockedUntil)),
                       field::code);
    }
    const int left = delays::kMaxFailedLogins - failedLogins;
    return problem(
        JourneyStep::Login, Problem::WrongCredentials,
        (left == 1
             ? QCoreApplication::translate(
                   "JourneyService", "Le numéro de sécurité sociale ou le code est incorrect. Il "
                                     "vous reste 1 essai avant le blocage temporaire de votre "
                                     "compte.")
             : QCoreApplication::translate(
                   "JourneyService", "Le numéro de sécurité sociale ou le code est incorrect. Il "
                                     "vous reste %1 essais avant le blocage temporaire de votre "
                                     "compte.")
                   .arg(left)),
        field::code);
}

JourneyResult JourneyService::afterPersonalCodeLogin(Account &account)
{
    switch (account.state) {
    case AccountState::Active:
        return openSession(Session::Purpose::Account, account.personId, JourneyStep::AccountHome);
    case AccountState::EmailPending:
        return linkStep(account);
    case AccountState::PersonalCodeChosen:
        return openSession(Session::Purpose::Activation, account.personId,
                           JourneyStep::ContactDetails);
    case AccountState::NoCode:
    case AccountState::ProvisionalCodeSent:
    case AccountState::ConditionsAccepted:
        break;
    }
    return problem(JourneyStep::Login, Problem::WrongCredentials,
                   QCoreApplication::translate(
                       "JourneyService", "Le numéro de sécurité sociale ou le code est incorrect."),
                   field::code);
}

// ---- Email validation state (V1, V4, V5) ---------------------------------------------------

JourneyResult JourneyService::linkStep(Account &account)
{
    const std::optional<ValidationLink> latest =
        ValidationLinkRepository(m_database).latestFor(account.personId);
    const qint64 age = latest ? latest->sentAt.msecsTo(m_clock.now()) : 0;
    if (latest && age < delays::kValidationLinkLifetime.count()) {
        // Logged in while the link is still valid: the page asks to open the mail, and a person
        // who never got it may have the link sent to another address (T3).
        m_session = {account.personId, Session::Purpose::ResendLink,
                     JourneyStep::ValidationPending};
        return success(JourneyStep::ValidationPending, validationPendingMessage());
    }
    if (latest && age < delays::kEmailKeptFor.count() && !account.email.isEmpty()) {
        m_session = {account.personId, Session::Purpose::ResendLink, JourneyStep::LinkExpired};
        return problem(JourneyStep::LinkExpired, Problem::LinkExpired,
                       QCoreApplication::translate(
                           "JourneyService",
                           "Le lien de validation n'est plus actif : il n'était valable que 7 "
                           "jours. Nous pouvons vous renvoyer un lien à la même adresse (%1) ou à "
                           "une adresse différente.")
                           .arg(maskedEmail(account.email)));
    }
    // V5: after 21 days the address is no longer kept.
    account.email.clear();
    AccountRepository(m_database).save(account);
    m_session = {account.personId, Session::Purpose::ResendLink, JourneyStep::AskNewEmail};
    return problem(JourneyStep::AskNewEmail, Problem::EmailForgotten,
                   QCoreApplication::translate(
                       "JourneyService",
                       "Votre adresse email n'a pas été confirmée dans les 21 jours : elle n'est "
                       "plus mémorisée. Saisissez une adresse email valide, un nouveau lien "
                       "d'activation vous y sera envoyé."));
}

JourneyResult JourneyService::sendValidationLink(Account &account, const QString &email)
{
    account.email = email;
    account.state = AccountState::EmailPending;
    AccountRepository(m_database).save(account);
    ValidationMailer(m_database).send(account.personId, email, m_clock.now());
    // V1: the person is logged out and asked to open the mail.
    m_session = {};
    return success(JourneyStep::ValidationPending, validationPendingMessage());
}

std::optional<FieldError> JourneyService::emailUniquenessError(const QString &email,
                                                               qint64 personId) const
{
    const QDateTime forgottenBefore = m_clock.now().addMSecs(-delays::kEmailKeptFor.count());
    if (!AccountRepository(m_database).emailUsedByAnother(email, personId, forgottenBefore))
        return std::nullopt;
    return FieldError{field::email,
                      QCoreApplication::translate(
                          "JourneyService",
                          "Cette adresse email est déjà utilisée par un autre compte ameli (celui "
                          "d'un membre de votre famille par exemple). Saisissez une adresse qui "
                          "n'est qu'à vous.")};
}

// ---- Step 1 ---------------------------------------------------------------------------------

JourneyResult JourneyService::answerConditions(std::optional<bool> accepted)
{
    if (!atStep(Session::Purpose::Activation, JourneyStep::Conditions))
        return noSession();
    if (!accepted.has_value()) {
        return invalid(
            JourneyStep::Conditions,
            {{field::conditions,
              QCoreApplication::translate(
                  "JourneyService", "Indiquez si vous acceptez les conditions d'utilisation.")}});
    }
    return run([&]() -> JourneyResult {
        const AccountRepository accounts(m_database);
        Account account = accounts.require(m_session.personId);
        if (!*accepted)
            return refuseConditions(account);
        account.state = AccountState::ConditionsAccepted;
        accounts.save(account);
        m_session.step = JourneyStep::PersonalCode;
        return success(JourneyStep::PersonalCode);
    });
}

JourneyResult JourneyService::cancelActivation()
{
    if (atStep(Session::Purpose::Activation, JourneyStep::Conditions)) {
        return run([&]() -> JourneyResult {
            Account account = AccountRepository(m_database).require(m_session.personId);
            return refuseConditions(account);
        });
    }
    m_session = {};
    return success(JourneyStep::Login);
}

JourneyResult JourneyService::refuseConditions(Account &account)
{
    // C2: only the refusal is kept.
    account.state = AccountState::NoCode;
    account.provisionalCodeHash.clear();
    account.provisionalIssuedAt = {};
    account.conditionsRefusedAt = m_clock.now();
    AccountRepository(m_database).save(account);
    m_session = {};
    return problem(JourneyStep::Login, Problem::ConditionsRefused,
                   QCoreApplication::translate(
                       "JourneyService",
                       "Vous n'avez pas accepté les conditions d'utilisation : votre compte ameli "
                       "n'est pas activé. Pour recommencer, demandez un nouveau code provisoire "
                       "avec « Code oublié ? »."));
}

// ---- Step 2 ---------------------------------------------------------------------------------

QList<CodeRuleCheck> JourneyService::checkPersonalCode(const QString &code,
                                                       const QString &confirmation) const
{
    return PersonalCodePolicy::check(code, confirmation, personalData(m_session.personId));
}

CodeStrength JourneyService::personalCodeStrength(const QString &code) const
{
    return CodeStrengthMeter::estimate(code, personalData(m_session.personId));
}

JourneyResult JourneyService::choosePersonalCode(const QString &code, const QString &confirmation)
{
    if (!atStep(Session::Purpose::Activation, JourneyStep::PersonalCode) &&
        !atStep(Session::Purpose::CodeReset, JourneyStep::PersonalCode)) {
        return noSession();
    }
    QStringList unmet;
    QStringList unmetRules;
    bool confirmed = true;
    for (const CodeRuleCheck &check : checkPersonalCode(code, confirmation)) {
        if (check.rule == CodeRule::Confirmed) {
            confirmed = check.met;
        } else if (!check.met) {
            unmet << check.label;
            unmetRules << PersonalCodePolicy::ruleId(check.rule);
        }
    }
    QList<FieldError> errors;
    if (code.isEmpty())
        errors.append({field::newCode, QCoreApplication::translate(
                                           "JourneyService", "Saisissez votre nouveau code.")});
    else if (!unmet.isEmpty())
        errors.append(
            {field::newCode,
             QCoreApplication::translate("JourneyService", "Votre code personnel doit : %1.")
                 .arg(unmet.join(QStringLiteral(" ; "))),
             unmetRules});
    if (confirmation.isEmpty())
        errors.append({field::confirmCode, QCoreApplication::translate(
                                               "JourneyService", "Confirmez votre nouveau code.")});
    else if (!confirmed)
        errors.append({field::confirmCode,
                       QCoreApplication::translate(
                           "JourneyService", "Les deux codes saisis ne sont pas identiques.")});
    if (!errors.isEmpty())
        return invalid(JourneyStep::PersonalCode, errors);

    const QString hash = m_hasher.hash(code);
    return run([&]() -> JourneyResult {
        const AccountRepository accounts(m_database);
        Account account = accounts.require(m_session.personId);
        account.personalCodeHash = hash;
        if (m_session.purpose == Session::Purpose::Activation) {
            account.state = AccountState::PersonalCodeChosen;
            accounts.save(account);
            m_session.step = JourneyStep::ContactDetails;
            return success(JourneyStep::ContactDetails);
        }
        accounts.save(account);
        if (account.state == AccountState::Active) {
            return openSession(
                Session::Purpose::Account, account.personId, JourneyStep::AccountHome,
                QCoreApplication::translate("JourneyService",
                                            "Votre nouveau code personnel est enregistré."));
        }
        return linkStep(account);
    });
}

// ---- Step 3 ---------------------------------------------------------------------------------

JourneyResult JourneyService::giveContactDetails(const ContactDetails &details)
{
    if (!atStep(Session::Purpose::Activation, JourneyStep::ContactDetails))
        return noSession();
    QList<FieldError> errors;
    const EmailCheck email = EmailAddressValidator::check(details.email);
    if (!email.isValid()) {
        errors.append({field::email, email.message()});
    } else if (details.emailConfirmation.trimmed().isEmpty()) {
        errors.append(
            {field::emailConfirmation,
             QCoreApplication::translate("JourneyService", "Confirmez votre adresse email.")});
    } else if (!EmailAddressValidator::checkPair(details.email, details.emailConfirmation)
                    .isValid()) {
        errors.append(
            {field::emailConfirmation, EmailAddressValidator::messageFor(EmailError::Mismatch)});
    }
    const PhoneCheck mobile = PhoneNumberValidator::check(details.mobile, PhoneKind::Mobile);
    if (!mobile.isValid())
        errors.append({field::mobile, mobile.message()});
    const PhoneCheck landline = PhoneNumberValidator::check(details.landline, PhoneKind::Landline);
    if (!landline.isValid())
        errors.append({field::landline, landline.message()});
    if (!errors.isEmpty())
        return invalid(JourneyStep::ContactDetails, errors);

    return run([&]() -> JourneyResult {
        if (const auto used = emailUniquenessError(email.normalized, m_session.personId)) {
            return problem(JourneyStep::ContactDetails, Problem::EmailAlreadyUsed, used->message,
                           used->field);
        }
        const AccountRepository accounts(m_database);
        Account account = accounts.require(m_session.personId);
        account.mobile = mobile.national;
        account.landline = landline.national;
        account.consentEmailPromo = details.promotionalEmails.value_or(false);
        account.consentMobileCall =
            !mobile.national.isEmpty() && details.mobileCalls.value_or(false);
        account.consentSms = !mobile.national.isEmpty() && details.sms.value_or(false);
        account.consentLandlineCall =
            !landline.national.isEmpty() && details.landlineCalls.value_or(false);
        return sendValidationLink(account, email.normalized);
    });
}

// ---- Links in the mailbox ---------------------------------------------------------------------

JourneyResult JourneyService::openLink(const QUrl &url)
{
    if (SimulatedSites::isBlocked(url)) {
        return problem(JourneyStep::Login, Problem::LinkBlocked,
                       QCoreApplication::translate(
                           "JourneyService",
                           "Ce lien a été bloqué par votre antivirus ou votre messagerie : il ne "
                           "peut pas être ouvert. Essayez avec une autre messagerie ou une autre "
                           "adresse email."));
    }
    if (SimulatedSites::isBlockedByProgram(url)) {
        return problem(JourneyStep::Login, Problem::LinkBlockedByProgram,
                       QCoreApplication::translate(
                           "JourneyService",
                           "Votre logiciel de messagerie a bloqué ce lien : il ne peut pas être "
                           "ouvert depuis ce logiciel. Lisez ce mail dans la messagerie en ligne "
                           "de votre fournisseur (dans le navigateur), puis cliquez à nouveau sur "
                           "le lien."));
    }
    const QString token = SimulatedSites::validationToken(url);
    // "cliquant ici" in the provisional-code mail: the login page (F5).
    if (token.isEmpty() && url.host() == SimulatedSites::accountSiteHost())
        return success(JourneyStep::Login);
    const JourneyResult unknown = problem(
        JourneyStep::Login, Problem::LinkUnknown,
        QCoreApplication::translate("JourneyService", "Ce lien de validation n'est pas reconnu."));
    if (token.isEmpty())
        return unknown;
    return run([&]() -> JourneyResult {
        const ValidationLinkRepository links(m_database);
        const std::optional<ValidationLink> link =
            links.findByDigest(RandomSource::tokenDigest(token));
        if (!link)
            return unknown;
        const AccountRepository accounts(m_database);
        Account account = accounts.require(link->personId);
        if (account.state == AccountState::Active) {
            m_session = {};
            return problem(JourneyStep::Login, Problem::AlreadyValidated,
                           QCoreApplication::translate(
                               "JourneyService",
                               "Votre adresse email est déjà confirmée. Connectez-vous avec votre "
                               "code personnel."));
        }
        const std::optional<ValidationLink> latest = links.latestFor(link->personId);
        if (latest && latest->id != link->id) {
            // V7: only the newest mail's link works.
            return problem(JourneyStep::Login, Problem::LinkSuperseded,
                           QCoreApplication::translate(
                               "JourneyService",
                               "Ce lien provient d'un ancien message : seul le lien du message le "
                               "plus récent fonctionne. Recherchez dans votre messagerie le "
                               "message « %1 » du %2.")
                               .arg(MailTemplates::validationSubject(), localTime(latest->sentAt)));
        }
        if (account.state != AccountState::EmailPending)
            return unknown;
        if (link->sentAt.msecsTo(m_clock.now()) < delays::kValidationLinkLifetime.count()) {
            account.state = AccountState::Active;
            account.emailValidatedAt = m_clock.now();
            accounts.save(account);
            links.markUsed(link->id, m_clock.now());
            PersonRepository(m_database).updateEmailOnFile(link->personId, link->email);
            m_session = {};
            return success(JourneyStep::Login,
                           QCoreApplication::translate(
                               "JourneyService",
                               "Votre adresse email est confirmée : votre compte ameli est activé. "
                               "Connectez-vous avec votre code personnel."));
        }
        return linkStep(account);
    });
}

JourneyResult JourneyService::resendValidationLink(Account &account, const QString &email)
{
    JourneyResult r = sendValidationLink(account, email);
    // The "VALIDATION DE MON EMAIL" page says the rest; the message only adds where it went.
    r.message = QCoreApplication::translate("JourneyService",
                                            "Un nouveau lien vous a été envoyé à l'adresse %1.")
                    .arg(maskedEmail(email));
    return r;
}

JourneyResult JourneyService::resendLinkToSameAddress()
{
    if (!atStep(Session::Purpose::ResendLink, JourneyStep::LinkExpired))
        return noSession();
    return run([&]() -> JourneyResult {
        Account account = AccountRepository(m_database).require(m_session.personId);
        if (account.email.isEmpty())
            return linkStep(account);
        return resendValidationLink(account, account.email);
    });
}

JourneyResult JourneyService::resendLinkTo(const QString &emailText, const QString &confirmation)
{
    if (!atStep(Session::Purpose::ResendLink, JourneyStep::LinkExpired) &&
        !atStep(Session::Purpose::ResendLink, JourneyStep::AskNewEmail) &&
        !atStep(Session::Purpose::ResendLink, JourneyStep::ValidationPending)) {
        return noSession();
    }
    const JourneyStep here = m_session.step;
    const EmailCheck email = EmailAddressValidator::check(emailText);
    if (!email.isValid())
        return invalid(here, {{field::email, email.message()}});
    if (!EmailAddressValidator::checkPair(emailText, confirmation).isValid()) {
        return invalid(here, {{field::emailConfirmation,
                               EmailAddressValidator::messageFor(EmailError::Mismatch)}});
    }
    return run([&]() -> JourneyResult {
        if (const auto used = emailUniquenessError(email.normalized, m_session.personId))
            return problem(here, Problem::EmailAlreadyUsed, used->message, used->field);
        Account account = AccountRepository(m_database).require(m_session.personId);
        return resendValidationLink(account, email.normalized);
    });
}

// ---- For trainers and agents ---------------------------------------------------------------

AccountStatus JourneyService::status(qint64 personId) const
{
    AccountStatus s;
    const std::optional<Account> account = AccountRepository(m_database).load(personId);
    if (!account)
        return s;
    const QDateTime now = m_clock.now();
    s.state = account->state;
    if (!account->provisionalCodeHash.isEmpty()) {
        s.provisionalCodeExpiresAt =
            account->provisionalIssuedAt.addMSecs(delays::kProvisionalCodeLifetime.count());
    }
    if (account->lockedUntil.isValid() && now < account->lockedUntil)
        s.lockedUntil = account->lockedUntil;
    if (account->state == AccountState::EmailPending) {
        if (const auto link = ValidationLinkRepository(m_database).latestFor(personId)) {
            s.linkSentAt = link->sentAt;
            s.linkExpiresAt = link->sentAt.addMSecs(delays::kValidationLinkLifetime.count());
            s.emailForgottenAt = link->sentAt.addMSecs(delays::kEmailKeptFor.count());
            s.linkExpired = now >= s.linkExpiresAt;
            s.emailForgotten = now >= s.emailForgottenAt;
        }
        if (!s.emailForgotten)
            s.pendingEmail = account->email;
    }
    return s;
}

} // namespace ameli
