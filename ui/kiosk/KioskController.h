#pragma once

#include <QDateTime>
#include <QObject>
#include <chrono>

class KioskOverlay;
class MainWindow;
class ParticipantCard;
class QLabel;
class QPushButton;

namespace ameli {
class AttemptRecorder;
class Database;
class SecretHasher;
class SimulationClock;
} // namespace ameli

// How long a kiosk waits without action before asking, then before resetting.
struct KioskDelays
{
    std::chrono::seconds idleBeforeWarning{180};
    std::chrono::seconds countdown{30};
};

// Demo mode (`--kiosk`): full screen, no way out but the trainer's shortcut
// (Ctrl+Alt+Shift+Q), no trainer's panel or shortcut, the mailbox inside the frame. Each visitor
// is welcomed by an attract screen and given a demo persona's card; after a few idle minutes a
// modal countdown offers to go on, then the simulator returns to the home page with fresh
// personas and an empty mailbox. Idle time is read on the simulation clock, so that tests move
// the clock instead of waiting.
class KioskController : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kIdleBeforeWarning = KioskDelays().idleBeforeWarning;
    static constexpr std::chrono::seconds kCountdown = KioskDelays().countdown;

    KioskController(MainWindow &window, const ameli::Database &database,
                    const ameli::SecretHasher &hasher, ameli::SimulationClock &clock,
                    KioskDelays delays = {});

    void start();
    // Each visitor gets a demo persona's card (so that nobody types a real number), and their
    // visit is recorded as a free exploration, ended by the idle reset.
    void attachVisitor(ameli::AttemptRecorder &recorder, ParticipantCard &card);
    // Called every second by a timer; tests call it after moving the clock.
    void checkIdle();
    void noteActivity();
    bool isCountingDown() const;
    // The attract screen, at start and after each reset, until the visitor begins.
    bool isWelcoming() const;
    KioskOverlay *overlay() const { return m_overlay; }
    QPushButton *continueButton() const;
    QLabel *countdownLabel() const;

signals:
    void resetDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void resetToFreshStart();
    void welcomeVisitor();

    void attract();

    enum class Showing
    {
        Nothing,
        Welcome,
        Countdown
    };

    MainWindow &m_window;
    const ameli::Database &m_database;
    const ameli::SecretHasher &m_hasher;
    ameli::SimulationClock &m_clock;
    const KioskDelays m_delays;
    QDateTime m_lastActivity;
    KioskOverlay *m_overlay;
    Showing m_showing = Showing::Nothing;
    ameli::AttemptRecorder *m_recorder = nullptr;
    ParticipantCard *m_card = nullptr;
};
