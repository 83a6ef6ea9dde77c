#pragma once

#include <QDir>
#include <QStringList>

class MainWindow;

namespace ameli {
class JourneyService;
class SimulationClock;
} // namespace ameli

// `--tour DIR`: walks the whole journey with a demo persona as a person would (clicks and
// key presses on the real screens), moving the clock to reach the expiries, and writes one
// numbered PNG per screen, named after the step.
class StoryboardTour
{
public:
    StoryboardTour(MainWindow &window, ameli::JourneyService &journey,
                   ameli::SimulationClock &clock, const QDir &output);

    // Returns the files written; `error` says what went wrong when the walk could not go on.
    QStringList run(QString *error);

private:
    bool shoot(const QString &name, QWidget *what = nullptr);
    bool expectStep(int step, const QString &where, QString *error);

    MainWindow &m_window;
    // The tour reads the CAPTCHA's characters as a person reads them in the image.
    ameli::JourneyService &m_journey;
    ameli::SimulationClock &m_clock;
    QDir m_output;
    QStringList m_written;
};
