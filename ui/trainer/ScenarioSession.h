#pragma once

#include "attempts/Attempt.h"
#include "scenarios/ScenarioRun.h"

#include <QObject>
#include <optional>

namespace ameli {
class AttemptRecorder;
class Database;
class SecretHasher;
class SimulationClock;
} // namespace ameli

// The scenario being played: sets its situation up, records the attempt (who, in which mode,
// against which expected path and symptoms), shows hints, and ends the attempt when the goal
// is reached or the participant stops.
class ScenarioSession : public QObject
{
    Q_OBJECT

public:
    ScenarioSession(const ameli::Database &database, const ameli::SecretHasher &hasher,
                    ameli::SimulationClock &clock, ameli::AttemptRecorder &recorder,
                    QObject *parent = nullptr);

    // Who plays, in which mode; a UX test plan adds its run, task and time limit. The scenario
    // fills in the rest when it starts.
    void setAttemptBase(const ameli::AttemptSpec &base) { m_base = base; }
    const ameli::AttemptSpec &attemptBase() const { return m_base; }

    // Puts the world in the scenario's situation and starts recording. Throws StoreError.
    void start(const ameli::Scenario &scenario);
    void restart();
    // After each result on screen and each clock move: ends the attempt once the goal is met.
    void checkGoal();
    // The participant stops ("J'ai terminé", "J'abandonne"), or time is up.
    void stop(ameli::AttemptOutcome outcome);

    const std::optional<ameli::ScenarioRun> &run() const { return m_run; }
    bool solved() const { return m_solved; }
    bool isPlaying() const;
    int hintsShown() const { return m_hintsShown; }
    void showNextHint();
    // The agent asked for the answer the exam hid: help taken, recorded as a hint.
    void revealAdvice(const QString &advice);
    ameli::AttemptRecorder &recorder() const { return m_recorder; }
    // The simulated world the scenario plays in (not always the store attempts go to).
    const ameli::Database &world() const { return m_database; }

    static ameli::AttemptSpec specFor(const ameli::Scenario &scenario,
                                      const ameli::AttemptSpec &base);

signals:
    void started();
    void solvedNow();
    void hintsChanged();

private:
    ameli::ScenarioRun setUp(const ameli::Scenario &scenario);

    const ameli::Database &m_database;
    const ameli::SecretHasher &m_hasher;
    ameli::SimulationClock &m_clock;
    ameli::AttemptRecorder &m_recorder;
    ameli::AttemptSpec m_base;
    std::optional<ameli::ScenarioRun> m_run;
    int m_hintsShown = 0;
    bool m_solved = false;
};
