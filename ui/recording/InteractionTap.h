#pragma once

#include "attempts/AttemptEvent.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <chrono>

class MainWindow;
class QAbstractButton;
class QLineEdit;
class QMouseEvent;
class QTimer;
class QWidget;

namespace ameli {
class AttemptRecorder;
class JourneyService;
class SimulationClock;
struct JourneyResult;
} // namespace ameli

// Turns what a person does on the screens into the events of the attempt being recorded:
// pages shown, focus, edits, buttons and links, clicks on nothing, the mailbox, the service's
// answers, clock moves. It watches the journey's window and the mailbox; the trainer's panel and
// the participant's card record their own events (hints, "J'ai terminé").
//
// What a field holds is never kept but as FieldPrivacy allows; typing is summed up per field
// (how many edits, the length, the code rules met) rather than key by key.
class InteractionTap : public QObject
{
    Q_OBJECT

public:
    InteractionTap(ameli::AttemptRecorder &recorder, const ameli::JourneyService &journey,
                   MainWindow &window, const ameli::SimulationClock &clock);
    ~InteractionTap() override;

    // Writes down the typing not yet summed up (before an attempt ends).
    void flushPending();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isWatched(const QWidget *widget) const;
    void hook(QWidget *widget);
    void hookTree(QWidget *root);
    void onButton(QAbstractButton *button);
    void onEdited(QLineEdit *edit);
    void onFocus(QWidget *old, QWidget *now);
    void onPress(QWidget *widget, const QMouseEvent *event);
    void onResult(const ameli::JourneyResult &result);
    void onClock(std::chrono::milliseconds offset);
    void record(ameli::AttemptEvent event);
    void flushEdit();
    void flushSearch();
    QString labelOf(const QWidget *widget) const;
    QString fieldOf(const QWidget *widget) const;

    // The recorder may go before the window the tap watches (focus still changes while a window
    // is destroyed): every entry point checks it is still there.
    QPointer<ameli::AttemptRecorder> m_recorder;
    bool recording() const;
    const ameli::JourneyService &m_journey;
    MainWindow &m_window;
    QPointer<QLineEdit> m_editing;
    int m_edits = 0;
    qint64 m_lastEditMs = 0;
    bool m_searchPending = false;
    bool m_firstPagePending = false;
    QTimer *m_searchTimer;
    QPointer<QWidget> m_pressed;
    qint64 m_pressedAtMs = -1;
    quint64 m_lastPressTimestamp = 0;
    QPointF m_lastPressPosition;
    std::chrono::milliseconds m_offset{0};
};
