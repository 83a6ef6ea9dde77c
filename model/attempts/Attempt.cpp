#include "Attempt.h"

#include <QCoreApplication>

namespace ameli {

namespace {

constexpr std::pair<AttemptMode, const char *> kModes[] = {
    {AttemptMode::Guided, "guided"},
    {AttemptMode::Exam, "exam"},
    {AttemptMode::Free, "free"},
    {AttemptMode::UxTest, "ux_test"},
};

constexpr std::pair<AttemptOutcome, const char *> kOutcomes[] = {
    {AttemptOutcome::Open, "open"},
    {AttemptOutcome::Reached, "reached"},
    {AttemptOutcome::NotReached, "not_reached"},
    {AttemptOutcome::GivenUp, "given_up"},
    {AttemptOutcome::TimedOut, "timed_out"},
    {AttemptOutcome::Interrupted, "interrupted"},
};

} // namespace

QString Attempt::activityTitle() const
{
    if (!spec.taskTitle.isEmpty())
        return spec.taskTitle;
    if (!spec.scenarioTitle.isEmpty())
        return spec.scenarioTitle;
    return QCoreApplication::translate("Attempt", "Exploration libre");
}

QString Attempt::activityKey() const
{
    if (!spec.planId.isEmpty())
        return spec.planId + QLatin1Char('/') + spec.taskId;
    return spec.scenarioId.isEmpty() ? QStringLiteral("free") : spec.scenarioId;
}

QString Attempt::modeKey(AttemptMode mode)
{
    for (const auto &[m, key] : kModes) {
        if (m == mode)
            return QLatin1String(key);
    }
    return {};
}

std::optional<AttemptMode> Attempt::modeFromKey(const QString &key)
{
    for (const auto &[m, k] : kModes) {
        if (key == QLatin1String(k))
            return m;
    }
    return std::nullopt;
}

QString Attempt::modeLabel(AttemptMode mode)
{
    switch (mode) {
    case AttemptMode::Guided:
        return QCoreApplication::translate("Attempt", "Guidé");
    case AttemptMode::Exam:
        return QCoreApplication::translate("Attempt", "Examen");
    case AttemptMode::Free:
        return QCoreApplication::translate("Attempt", "Exploration libre");
    case AttemptMode::UxTest:
        return QCoreApplication::translate("Attempt", "Test utilisateur");
    }
    return {};
}

QString Attempt::outcomeKey(AttemptOutcome outcome)
{
    for (const auto &[o, key] : kOutcomes) {
        if (o == outcome)
            return QLatin1String(key);
    }
    return {};
}

std::optional<AttemptOutcome> Attempt::outcomeFromKey(const QString &key)
{
    for (const auto &[o, k] : kOutcomes) {
        if (key == QLatin1String(k))
            return o;
    }
    return std::nullopt;
}

QString Attempt::outcomeLabel(AttemptOutcome outcome)
{
    switch (outcome) {
    case AttemptOutcome::Open:
        return QCoreApplication::translate("Attempt", "En cours");
    case AttemptOutcome::Reached:
        return QCoreApplication::translate("Attempt", "Objectif atteint");
    case AttemptOutcome::NotReached:
        return QCoreApplication::translate("Attempt", "Terminé sans atteindre l'objectif");
    case AttemptOutcome::GivenUp:
        return QCoreApplication::translate("Attempt", "Abandon");
    case AttemptOutcome::TimedOut:
        return QCoreApplication::translate("Attempt", "Temps dépassé");
    case AttemptOutcome::Interrupted:
        return QCoreApplication::translate("Attempt", "Interrompu");
    }
    return {};
}

} // namespace ameli
