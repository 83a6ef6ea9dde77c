#pragma once

#include "attempts/Attempt.h"
#include "attempts/AttemptEvent.h"
#include "clock/SimulationClock.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class MainWindow;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QTimer;
class QTreeWidget;
class ReplayOverlay;
class TimelineView;

namespace ameli {
class Database;
class JourneyService;
struct JourneyResult;
} // namespace ameli

// An attempt played again on the real pages, in a window of its own over a temporary store
// (the live store is never touched): play, pause, 1× to 8×, a slider to any moment, the event
// being shown highlighted in the list, the pointer's clicks drawn, secret fields as bullets of
// the typed length. Notes written here are saved with the attempt.
class ReplayWindow : public QWidget
{
    Q_OBJECT

public:
    // Throws StoreError when the attempt cannot be read.
    ReplayWindow(const ameli::Database &records, qint64 attemptId, QWidget *parent = nullptr);
    ~ReplayWindow() override;

    void play();
    void pause();
    bool isPlaying() const;
    void setSpeed(int factor);
    // Plays `wallMs` of real time at the chosen speed (what the timer does while playing).
    void advance(qint64 wallMs);
    // Shows the attempt as it was at `ms` (from its start).
    void seek(qint64 ms);
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }
    // How many events are shown so far (the last one is highlighted).
    int applied() const { return m_applied; }
    void addNote(const QString &text);

    MainWindow *frame() const { return m_frame; }
    ReplayOverlay *overlay() const { return m_overlay; }
    QTreeWidget *eventList() const { return m_list; }
    QSlider *slider() const { return m_slider; }
    QPushButton *playButton() const { return m_play; }
    QComboBox *speedCombo() const { return m_speed; }
    QLineEdit *noteEdit() const { return m_noteEdit; }
    TimelineView *timeline() const { return m_timeline; }
    // What happened last outside the page (the mailbox, the clock, a hint) or was refused.
    QLabel *happeningLabel() const { return m_happening; }

signals:
    void notesChanged();
    void finished();

private:
    void tick();
    void applyUpTo(qint64 ms, bool animate);
    void apply(const ameli::AttemptEvent &event, bool animate);
    void rewind();
    void showPosition();
    void refreshNotes();
    QWidget *findControl(const QString &label, const QString &field) const;
    QPoint clickPosition(const ameli::AttemptEvent &event) const;

    const ameli::Database &m_records;
    ameli::Attempt m_attempt;
    QList<ameli::AttemptEvent> m_events;
    QTemporaryDir m_dir;
    ameli::SimulationClock m_clock;
    std::unique_ptr<ameli::Database> m_world;
    std::unique_ptr<ameli::JourneyService> m_journey;
    MainWindow *m_frame = nullptr;
    ReplayOverlay *m_overlay = nullptr;
    QTreeWidget *m_list = nullptr;
    QSlider *m_slider = nullptr;
    QPushButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_happening = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    TimelineView *m_timeline = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_wall;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    int m_applied = 0;
    int m_factor = 1;
};
