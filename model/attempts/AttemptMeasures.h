#pragma once

#include "Attempt.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace ameli {

// One stay on a page, from the moment it was shown to the next page or the end.
struct StepVisit
{
    QString step; // StepKeys
    qint64 startMs = 0;
    qint64 durationMs = 0;
    int mistakes = 0;
};

// A refusal the person met: a mistake, or the situation the scenario set up on purpose.
struct ErrorOccurrence
{
    qint64 atMs = 0;
    QString step;
    QStringList rules;
    QString problem;
    QString message;
    bool symptom = false;
};

enum class SuccessKind
{
    None,
    Direct,   // reached on the expected path
    Indirect, // reached otherwise
};

// What a debrief, the trainer's feedback, a report and an export all say of one attempt.
struct AttemptMeasures
{
    AttemptOutcome outcome = AttemptOutcome::Open;
    SuccessKind success = SuccessKind::None;
    qint64 timeOnTaskMs = 0;
    QList<StepVisit> visits;
    // Time spent on each step, in the order the steps were first shown.
    QList<std::pair<QString, qint64>> timePerStep;
    QList<ErrorOccurrence> mistakes; // counted
    QList<ErrorOccurrence> symptoms; // listed, not counted
    QMap<QString, int> mistakesByRule;
    int misclicks = 0;
    int backtracks = 0; // back to a step of the expected path already passed
    int detours = 0;    // a page the expected path does not go through
    int hintsUsed = 0;
    QStringList pathTaken;
    QStringList expectedPath;
    std::optional<int> seq;
};

} // namespace ameli
