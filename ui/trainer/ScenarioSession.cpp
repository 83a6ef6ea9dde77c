#include "ScenarioSession.h"

#include "journey/JourneyResult.h"
#include "scenarios/ScenarioGoal.h"
#include "scenarios/ScenarioSetup.h"

ScenarioSession::ScenarioSession(const ameli::Database &database, const ameli::SecretHasher &hasher,
                                 ameli::SimulationClock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_hasher(hasher)
    , m_clock(clock)
{
}

void ScenarioSession::start(const ameli::Scenario &scenario)
{
    m_run = ameli::ScenarioSetup::apply(m_database, m_hasher, m_clock, scenario);
    m_mistakes = 0;
    m_hintsShown = 0;
    m_solvedAfterMs = -1;
    m_elapsed.start();
    emit started();
    emit hintsChanged();
}

void ScenarioSession::restart()
{
    if (m_run)
        start(m_run->scenario);
}

void ScenarioSession::record(const ameli::JourneyResult &result)
{
    if (!m_run || solved())
        return;
    if (ameli::ScenarioGoal::countsAsMistake(result.problem))
        ++m_mistakes;
    checkGoal();
}

void ScenarioSession::checkGoal()
{
    if (!m_run || solved())
        return;
    if (ameli::ScenarioGoal::isReached(m_database, *m_run)) {
        m_solvedAfterMs = m_elapsed.elapsed();
        emit solvedNow(m_solvedAfterMs, m_mistakes);
    }
}

void ScenarioSession::showNextHint()
{
    if (m_run && m_hintsShown < m_run->scenario.hints.size()) {
        ++m_hintsShown;
        emit hintsChanged();
    }
}
