#include "StationLink.h"

#include "MainWindow.h"
#include "classroom/NotificationListener.h"
#include "clock/SimulationClock.h"
#include "journey/StepKeys.h"
#include "store/ClassroomRepository.h"
#include "store/Database.h"
#include "store/ServerWatch.h"
#include "store/StoreError.h"
#include "trainer/ScenarioSession.h"
#include "trainer/TrainerPanel.h"
#include "widgets/Notice.h"

#include <QLineEdit>
#include <QLoggingCategory>
#include <chrono>

Q_LOGGING_CATEGORY(lcStation, "ameli.ui.station")

StationLink::StationLink(const ameli::Database &world, MainWindow &window,
                         ameli::SimulationClock &clock, ScenarioSession &session,
                         TrainerPanel &panel, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_window(window)
    , m_clock(clock)
    , m_session(session)
    , m_panel(panel)
    , m_commands(new ameli::NotificationListener(world, QStringLiteral("ameli_command"), this))
{
    m_status.station = world.station();
    connect(m_commands, &ameli::NotificationListener::notified, this,
            [this](const QString &station) {
                if (station == m_status.station)
                    takeCommands();
            });
    connect(m_commands, &ameli::NotificationListener::resumed, this, [this] {
        publish();
        takeCommands();
    });
    connect(&window, &MainWindow::resultDisplayed, this, &StationLink::resultShown);
    // A page reached by a link or by the scenario's start is progress too.
    connect(&window, &MainWindow::pageShown, this, [this](ameli::JourneyStep step) {
        const QString key = ameli::StepKeys::key(step);
        if (key == m_status.step)
            return;
        m_status.step = key;
        m_status.lastProgressAt = QDateTime::currentDateTimeUtc();
        publish();
    });
    connect(&session, &ScenarioSession::started, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_status.scenario = m_session.run() ? m_session.run()->scenario.id : QString();
        m_status.participant = m_session.attemptBase().participant;
        m_status.attemptStartedAt = now;
        m_status.lastProgressAt = now;
        m_status.errors = 0;
        m_status.hints = 0;
        publish();
    });
    connect(&session, &ScenarioSession::hintsChanged, this, [this] {
        m_status.hints = m_session.hintsShown();
        publish();
    });
    // The server came back: listen again on the new session, and catch up on what was sent.
    if (ameli::ServerWatch *watch = window.serverWatch()) {
        connect(watch, &ameli::ServerWatch::restored, this, [this] {
            m_commands->listen();
            publish();
            takeCommands();
        });
    }
    m_status.participant = panel.participantEdit()->text();
    publish();
    takeCommands();
}

void StationLink::resultShown(const ameli::JourneyResult &result)
{
    const QString step = ameli::StepKeys::key(result.step);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (step != m_status.step)
        m_status.lastProgressAt = now;
    m_status.step = step;
    if (!result.ok() && result.problem != ameli::Problem::StoreFailure &&
        result.problem != ameli::Problem::OutsideSimulation)
        ++m_status.errors;
    if (!m_status.attemptStartedAt.isValid())
        m_status.attemptStartedAt = now;
    publish();
}

void StationLink::publish()
{
    m_status.updatedAt = QDateTime::currentDateTimeUtc();
    try {
        ameli::ClassroomRepository(m_world).publish(m_status);
    } catch (const ameli::StoreError &e) {
        // The tile waits for the server; the journey does not.
        qCWarning(lcStation) << "tile not published:" << e.detail();
    }
}

void StationLink::takeCommands()
{
    QList<ameli::StationCommand> commands;
    try {
        commands = ameli::ClassroomRepository(m_world).pending();
    } catch (const ameli::StoreError &e) {
        qCWarning(lcStation) << "commands not read:" << e.detail();
        return;
    }
    using Kind = ameli::StationCommand::Kind;
    for (const ameli::StationCommand &c : std::as_const(commands)) {
        QString said;
        try {
            switch (c.kind) {
            case Kind::StartScenario:
                setPaused(false);
                m_panel.startScenario(c.argument);
                said = tr("Le formateur a démarré le scénario « %1 ».").arg(c.argument);
                break;
            case Kind::MoveClock:
                m_clock.advance(std::chrono::minutes(c.argument.toLongLong()));
                said = tr("Le formateur a avancé l'horloge de la simulation.");
                break;
            case Kind::Reset:
                setPaused(false);
                if (m_session.run())
                    m_session.restart();
                said = tr("Le formateur a remis le scénario à son début.");
                break;
            case Kind::Pause:
                setPaused(true);
                said = tr("Pause demandée par le formateur : l'écran reprendra à son signal.");
                break;
            case Kind::Resume:
                setPaused(false);
                said = tr("Le formateur a levé la pause : vous pouvez continuer.");
                break;
            case Kind::End:
                setPaused(false);
                if (m_session.isPlaying())
                    m_session.stop(ameli::AttemptOutcome::Interrupted);
                said = tr("Le formateur a terminé l'exercice.");
                break;
            }
            ameli::ClassroomRepository(m_world).markDone(c.id, QDateTime::currentDateTimeUtc());
        } catch (const ameli::StoreError &e) {
            qCWarning(lcStation) << "command not carried out:" << e.detail();
            return;
        }
        m_window.storeNotice()->show(Notice::Kind::Info, said);
    }
}

void StationLink::setPaused(bool paused)
{
    if (m_status.paused == paused)
        return;
    m_status.paused = paused;
    // The page and its fields stay as they are, out of reach until the trainer resumes.
    m_window.setPagesEnabled(!paused);
    publish();
}
