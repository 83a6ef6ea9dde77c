#pragma once

#include "scenarios/Scenario.h"

#include <QDir>
#include <QImage>
#include <QSize>
#include <QStringList>
#include <functional>

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
    // Where each screen goes: its name (e.g. "code-oublie-captcha") and its picture, at the
    // screen's device pixel ratio (QT_SCALE_FACTOR=2 gives twice the pixels). Returns what to
    // list as written (a file's path), or an empty string when it could not be kept.
    using Sink = std::function<QString(const QString &name, const QImage &picture)>;
    struct Options
    {
        QSize windowSize{1100, 860}; // the main window's size, in logical pixels
        bool withDebrief = true;     // also the debrief and the replay of the walk
    };

    StoryboardTour(MainWindow &window, ameli::JourneyService &journey,
                   ameli::SimulationClock &clock, const ameli::Database &world,
                   const ameli::Scenario &followed, Sink sink, const Options &options);
    // The PNG files of `--tour DIR`: 01-accueil-ameli-fr.png, ...
    static Sink pngFilesIn(const QDir &output);

    // Returns what the sink kept; `error` says what went wrong when the walk could not go on.
    QStringList run(QString *error);
    // Called after each screen, with the number of screens drawn so far.
    void setProgress(std::function<void(int)> progress) { m_progress = std::move(progress); }

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
    Sink m_sink;
    Options m_options;
    std::function<void(int)> m_progress;
    int m_shots = 0;
    // The scripted pace of the recorded walk: each screen looked at for a few seconds.
    qint64 m_paceMs = 0;
    QStringList m_written;
};
