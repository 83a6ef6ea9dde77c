#pragma once

#include <QSize>
#include <QString>

class MainWindow;

namespace ameli {
class Database;
class JourneyService;
class Scenario;
class SimulationClock;
} // namespace ameli

// `--handout FILE.pdf`: walks the journey as the storyboard does, keeps each screen in memory,
// and writes the printable step-by-step guide. Says its progress on the standard output, one
// line per screen and per page (the trainer's panel shows the last one).
class HandoutCommand
{
public:
    static int run(MainWindow &window, ameli::JourneyService &journey,
                   ameli::SimulationClock &clock, const ameli::Database &world,
                   const ameli::Scenario &followed, const QString &path, const QSize &size);
};
