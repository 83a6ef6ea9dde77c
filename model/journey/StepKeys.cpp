#include "StepKeys.h"

#include <QCoreApplication>

namespace ameli {

namespace {

struct StepName
{
    JourneyStep step;
    const char *key;
};

constexpr StepName kSteps[] = {
    {JourneyStep::Home, "home"},
    {JourneyStep::AccountCreation, "account_creation"},
    {JourneyStep::ForgottenCode, "forgotten_code"},
    {JourneyStep::CodeSent, "code_sent"},
    {JourneyStep::Login, "login"},
    {JourneyStep::Conditions, "conditions"},
    {JourneyStep::PersonalCode, "personal_code"},
    {JourneyStep::ContactDetails, "contact_details"},
    {JourneyStep::ValidationPending, "validation_pending"},
    {JourneyStep::LinkExpired, "link_expired"},
    {JourneyStep::AskNewEmail, "ask_new_email"},
    {JourneyStep::AccountHome, "account_home"},
};

} // namespace

QString StepKeys::key(JourneyStep step)
{
    for (const StepName &s : kSteps) {
        if (s.step == step)
            return QLatin1String(s.key);
    }
    return {};
}

std::optional<JourneyStep> StepKeys::fromKey(const QString &key)
{
    for (const StepName &s : kSteps) {
        if (key == QLatin1String(s.key))
            return s.step;
    }
    return std::nullopt;
}

QStringList StepKeys::allKeys()
{
    QStringList keys;
    for (const StepName &s : kSteps)
        keys << QLatin1String(s.key);
    return keys;
}

QString StepKeys::label(JourneyStep step)
{
    switch (step) {
    case JourneyStep::Home:
        return QCoreApplication::translate("StepKeys", "Accueil ameli.fr");
    case JourneyStep::AccountCreation:
        return QCoreApplication::translate("StepKeys", "Création de compte");
    case JourneyStep::ForgottenCode:
        return QCoreApplication::translate("StepKeys", "Code oublié ?");
    case JourneyStep::CodeSent:
        return QCoreApplication::translate("StepKeys", "Code envoyé");
    case JourneyStep::Login:
        return QCoreApplication::translate("StepKeys", "Connexion");
    case JourneyStep::Conditions:
        return QCoreApplication::translate("StepKeys", "Étape 1 : conditions");
    case JourneyStep::PersonalCode:
        return QCoreApplication::translate("StepKeys", "Étape 2 : code personnel");
    case JourneyStep::ContactDetails:
        return QCoreApplication::translate("StepKeys", "Étape 3 : coordonnées");
    case JourneyStep::ValidationPending:
        return QCoreApplication::translate("StepKeys", "Validation de l'email");
    case JourneyStep::LinkExpired:
        return QCoreApplication::translate("StepKeys", "Lien expiré");
    case JourneyStep::AskNewEmail:
        return QCoreApplication::translate("StepKeys", "Nouvelle adresse email");
    case JourneyStep::AccountHome:
        return QCoreApplication::translate("StepKeys", "Mon compte");
    }
    return {};
}

QString StepKeys::labelOf(const QString &key)
{
    const std::optional<JourneyStep> step = fromKey(key);
    return step ? label(*step) : key;
}

} // namespace ameli
