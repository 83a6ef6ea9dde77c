#pragma once

#include "scenarios/ScenarioRun.h"

#include <QElapsedTimer>
#include <QObject>
#include <optional>

namespace ameli {
class Database;
class SecretHasher;
class SimulationClock;
struct JourneyResult;
} // namespace ameli

// The scenario being played: starts and restarts it, counts the trainee's mistakes and the
// time taken, and says when its goal is reached.
class ScenarioSession : public QObject
{
    Q_OBJECT

public:
    ScenarioSession(const ameli::Database &database, const ameli::SecretHasher &hasher,
                    ameli::SimulationClock &clock, QObject *parent = nullptr);

    void start(const ameli::Scenario &scenario);
    void restart();
    // Each result shown to the trainee: mistakes are counted, the goal checked.
    void record(const ameli::JourneyResult &result);
    void checkGoal();

    const std::optional<ameli::ScenarioRun> &run() const { return m_run; }
    int mistakes() const { return m_mistakes; }
    bool solved() const { return m_solvedAfterMs >= 0; }
    qint64 solvedAfterMs() const { return m_solvedAfterMs; }
    int hintsShown() const { return m_hintsShown; }
    void showNextHint();

signals:
    void started();
    void solvedNow(qint64 milliseconds, int mistakes);
    void hintsChanged();

private:
    const ameli::Database &m_database;
    const ameli::SecretHasher &m_hasher;
    ameli::SimulationClock &m_clock;
    std::optional<ameli::ScenarioRun> m_run;
    QElapsedTimer m_elapsed;
    int m_mistakes = 0;
    int m_hintsShown = 0;
    qint64 m_solvedAfterMs = -1;
};
