#pragma once

#include "attempts/AttemptEvent.h"
#include "attempts/AttemptMeasures.h"
#include "store/AttemptRepository.h"

#include <QWidget>

// One attempt on a line of time: each step a bar as long as it lasted, named; under it, each
// mistake marked with its rule (a situation of the scenario in grey), each click on nothing,
// each hint, each note. Hovering a mark tells its message. The same drawing goes in the PDF.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setAttempt(const ameli::AttemptMeasures &measures,
                    const QList<ameli::AttemptEvent> &events,
                    const QList<ameli::AttemptNote> &notes);
    void clear();
    // A moment to show as a vertical line (the replay's position), or -1.
    void setCursor(qint64 ms);

    // Draws into any painter: the window, a PDF page.
    static void paint(QPainter &painter, const QRectF &area, const ameli::AttemptMeasures &measures,
                      const QList<ameli::AttemptEvent> &events,
                      const QList<ameli::AttemptNote> &notes, qint64 cursorMs = -1);
    // What the marks say, in reading order, for screen readers and the report.
    QStringList describe() const;

    QSize sizeHint() const override { return {720, 170}; }
    QSize minimumSizeHint() const override { return {360, 150}; }

signals:
    void momentClicked(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    qint64 momentAt(int x) const;

    ameli::AttemptMeasures m_measures;
    QList<ameli::AttemptEvent> m_events;
    QList<ameli::AttemptNote> m_notes;
    qint64 m_cursor = -1;
    bool m_empty = true;
};
