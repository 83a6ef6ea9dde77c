#include "ScenarioSession.h"

#include "attempts/AttemptRecorder.h"
#include "scenarios/ScenarioGoal.h"
#include "scenarios/ScenarioSetup.h"
#include "store/StoreError.h"

#include <QCursor>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QtConcurrent/QtConcurrentRun>

ScenarioSession::ScenarioSession(const ameli::Database &database, const ameli::SecretHasher &hasher,
                                 ameli::SimulationClock &clock, ameli::AttemptRecorder &recorder,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_hasher(hasher)
    , m_clock(clock)
    , m_recorder(recorder)
{
    m_base.mode = ameli::AttemptMode::Guided;
}

ameli::AttemptSpec ScenarioSession::specFor(const ameli::Scenario &scenario,
                                            const ameli::AttemptSpec &base)
{
    ameli::AttemptSpec spec = base;
    spec.scenarioId = scenario.id;
    spec.scenarioTitle = scenario.title;
    spec.goal = ameli::ScenarioGoal::describe(scenario.goal);
    spec.expectedPath = scenario.expectedPath;
    spec.symptomRules = scenario.symptomRules;
    return spec;
}

void ScenarioSession::start(const ameli::Scenario &scenario)
{
    // The attempt before this one ends here, before the world it played in is wiped.
    m_recorder.end(ameli::AttemptOutcome::Interrupted);
    m_run = setUp(scenario);
    m_hintsShown = 0;
    m_solved = false;
    m_recorder.begin(specFor(scenario, m_base));
    emit started();
    emit hintsChanged();
}

ameli::ScenarioRun ScenarioSession::setUp(const ameli::Scenario &scenario)
{
    // Setting up hashes the scenario's codes (about 0.1 s each, up to eleven): it runs on a
    // worker thread while the window keeps painting; clicks and keys wait until it is done.
    // The store gives the worker its own connection; the clock's offset is atomic.
    std::optional<ameli::ScenarioRun> run;
    std::optional<ameli::StoreError> failure;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            run = ameli::ScenarioSetup::apply(m_database, m_hasher, m_clock, scenario);
        } catch (const ameli::StoreError &e) {
            failure = e;
        }
    }));
    if (!watcher.isFinished()) {
        QGuiApplication::setOverrideCursor(QCursor(Qt::BusyCursor));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        QGuiApplication::restoreOverrideCursor();
    }
    watcher.waitForFinished();
    if (failure)
        throw *failure;
    return *run;
}

void ScenarioSession::restart()
{
    if (m_run)
        start(m_run->scenario);
}

bool ScenarioSession::isPlaying() const
{
    return m_run && !m_solved && m_recorder.isRecording();
}

void ScenarioSession::checkGoal()
{
    if (!isPlaying())
        return;
    if (ameli::ScenarioGoal::isReached(m_database, *m_run)) {
        m_solved = true;
        m_recorder.end(ameli::AttemptOutcome::Reached);
        emit solvedNow();
    }
}

void ScenarioSession::stop(ameli::AttemptOutcome outcome)
{
    if (!isPlaying())
        return;
    // "J'ai terminé" when the goal is met counts as reached, whatever the participant thinks.
    if (outcome == ameli::AttemptOutcome::NotReached &&
        ameli::ScenarioGoal::isReached(m_database, *m_run)) {
        checkGoal();
        return;
    }
    ameli::AttemptEvent said;
    if (outcome == ameli::AttemptOutcome::NotReached)
        said.kind = ameli::EventKind::ParticipantFinished;
    else if (outcome == ameli::AttemptOutcome::GivenUp)
        said.kind = ameli::EventKind::ParticipantGaveUp;
    if (outcome == ameli::AttemptOutcome::NotReached || outcome == ameli::AttemptOutcome::GivenUp)
        m_recorder.record(said);
    m_recorder.end(outcome);
}

void ScenarioSession::revealAdvice(const QString &advice)
{
    if (!m_run)
        return;
    ameli::AttemptEvent e;
    e.kind = ameli::EventKind::HintShown;
    e.target = QStringLiteral("agent_advice");
    e.message = advice;
    m_recorder.record(e);
}

void ScenarioSession::showNextHint()
{
    if (m_run && m_hintsShown < m_run->scenario.hints.size()) {
        ++m_hintsShown;
        ameli::AttemptEvent e;
        e.kind = ameli::EventKind::HintShown;
        e.count = m_hintsShown;
        e.message = m_run->scenario.hints.at(m_hintsShown - 1);
        m_recorder.record(e);
        emit hintsChanged();
    }
}
