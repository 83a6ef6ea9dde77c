#pragma once

#include "scenarios/Scenario.h"

#include <QDir>
#include <QStringList>

class MainWindow;

namespace ameli {
class Database;
class JourneyService;
class SimulationClock;
} // namespace ameli

// `--tour DIR`: walks the whole journey with a demo persona as a person would (clicks and
// key presses on the real screens), moving the clock to reach the expiries, and writes one
// numbered PNG per screen, named after the step. The walk is recorded as an attempt on the
// scenario it follows, at a scripted pace, so that the debrief and the replay are pictured too.
class StoryboardTour
{
public:
    StoryboardTour(MainWindow &window, ameli::JourneyService &journey,
                   ameli::SimulationClock &clock, const ameli::Database &world,
                   const ameli::Scenario &followed, const QDir &output);

    // Returns the files written; `error` says what went wrong when the walk could not go on.
    QStringList run(QString *error);

private:
    bool shoot(const QString &name, QWidget *what = nullptr);
    bool expectStep(int step, const QString &where, QString *error);
    void shootDebrief();

    MainWindow &m_window;
    // The tour reads the CAPTCHA's characters as a person reads them in the image.
    ameli::JourneyService &m_journey;
    ameli::SimulationClock &m_clock;
    const ameli::Database &m_world;
    ameli::Scenario m_followed;
    QDir m_output;
    // The scripted pace of the recorded walk: each screen looked at for a few seconds.
    qint64 m_paceMs = 0;
    QStringList m_written;
};
