#pragma once

#include <QDateTime>
#include <QObject>
#include <chrono>

class MainWindow;
class ParticipantCard;
class QFrame;
class QLabel;
class QPushButton;

namespace ameli {
class AttemptRecorder;
class Database;
class SecretHasher;
class SimulationClock;
} // namespace ameli

// Demo mode (`--kiosk`): full screen, no way out but the trainer's shortcut
// (Ctrl+Alt+Shift+Q); after a few idle minutes a countdown offers to go on, then the simulator
// returns to the home page with fresh personas and an empty mailbox. Idle time is read on the
// simulation clock, so that tests move the clock instead of waiting.
class KioskController : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kIdleBeforeWarning{180};
    static constexpr std::chrono::seconds kCountdown{30};

    KioskController(MainWindow &window, const ameli::Database &database,
                    const ameli::SecretHasher &hasher, ameli::SimulationClock &clock);

    void start();
    // Each visitor gets a demo persona's card (so that nobody types a real number), and their
    // visit is recorded as a free exploration, ended by the idle reset.
    void attachVisitor(ameli::AttemptRecorder &recorder, ParticipantCard &card);
    // Called every second by a timer; tests call it after moving the clock.
    void checkIdle();
    void noteActivity();
    bool isCountingDown() const;
    QFrame *overlay() const { return m_overlay; }
    QPushButton *continueButton() const { return m_continue; }
    QLabel *countdownLabel() const { return m_label; }

signals:
    void resetDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void resetToFreshStart();
    void welcomeVisitor();

    MainWindow &m_window;
    const ameli::Database &m_database;
    const ameli::SecretHasher &m_hasher;
    ameli::SimulationClock &m_clock;
    QDateTime m_lastActivity;
    QFrame *m_overlay;
    QLabel *m_label;
    QPushButton *m_continue;
    ameli::AttemptRecorder *m_recorder = nullptr;
    ParticipantCard *m_card = nullptr;
};
