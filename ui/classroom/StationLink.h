#pragma once

#include "classroom/StationStatus.h"
#include "journey/JourneyResult.h"

#include <QObject>

class MainWindow;
class ScenarioSession;
class TrainerPanel;

namespace ameli {
class Database;
class NotificationListener;
class SimulationClock;
} // namespace ameli

// A station of a classroom, as the trainer's dashboard sees it: publishes its tile (step,
// errors, hints, time on task) at each result shown, and carries out the trainer's commands
// as soon as the server tells it of them (start a scenario, move the clock, reset, pause,
// end). GUI thread only, like the connection it listens on.
class StationLink : public QObject
{
    Q_OBJECT

public:
    StationLink(const ameli::Database &world, MainWindow &window, ameli::SimulationClock &clock,
                ScenarioSession &session, TrainerPanel &panel, QObject *parent = nullptr);

    // Carries out the commands not done yet (also called when the server says there is one).
    void takeCommands();

private:
    void resultShown(const ameli::JourneyResult &result);
    void publish();
    void setPaused(bool paused);

    const ameli::Database &m_world;
    MainWindow &m_window;
    ameli::SimulationClock &m_clock;
    ScenarioSession &m_session;
    TrainerPanel &m_panel;
    ameli::NotificationListener *m_commands;
    ameli::StationStatus m_status;
};
