#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace ameli {

enum class AttemptMode
{
    Guided, // a training scenario, hints one by one
    Exam,   // a training scenario, hints hidden
    Free,   // free exploration, no objective (a demo visitor, a tester looking around)
    UxTest, // a task of a UX test plan
};

enum class AttemptOutcome
{
    Open,        // still running (or the program stopped before it could say)
    Reached,     // the objective was reached
    NotReached,  // the participant said "J'ai terminé" without reaching it
    GivenUp,     // "J'abandonne"
    TimedOut,    // the task's time limit passed
    Interrupted, // another scenario, a reset, the window closed
};

// What an attempt is about, fixed when it starts: the measures of a debrief read this, not
// the scenario file, which may have changed since.
struct AttemptSpec
{
    QString participant; // a pseudonymous code (P07); never a real name required
    AttemptMode mode = AttemptMode::Free;
    QString scenarioId; // empty in free exploration
    QString scenarioTitle;
    qint64 planRunId = 0; // a UX test plan's run, or 0
    QString planId;
    QString taskId;
    QString taskTitle;
    QString goal;             // the goal's description, in French
    QStringList expectedPath; // StepKeys, in order
    QStringList symptomRules; // the rules the situation reproduces on purpose (not mistakes)
    qint64 timeLimitMs = 0;   // 0: none
};

// One participant on one scenario or task.
struct Attempt
{
    qint64 id = 0;
    AttemptSpec spec;
    QDateTime startedAt;    // wall-clock time, UTC
    QDateTime simStartedAt; // the simulation clock at the start
    QDateTime endedAt;
    qint64 durationMs = -1; // monotonic, from start to end; -1 while open
    AttemptOutcome outcome = AttemptOutcome::Open;

    // What a list shows: the task's title in a plan, else the scenario's.
    QString activityTitle() const;
    // What groups attempts together: the plan's task, else the scenario.
    QString activityKey() const;

    static QString modeKey(AttemptMode mode);
    static std::optional<AttemptMode> modeFromKey(const QString &key);
    static QString modeLabel(AttemptMode mode);
    static QString outcomeKey(AttemptOutcome outcome);
    static std::optional<AttemptOutcome> outcomeFromKey(const QString &key);
    static QString outcomeLabel(AttemptOutcome outcome);
};

} // namespace ameli
