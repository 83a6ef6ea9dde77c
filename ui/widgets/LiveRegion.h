#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QTimer;

// Where a window's status messages are spoken from (X2, X4). Qt 6.4 has no announcement
// event and its AT-SPI bridge drops alerts, but it does report when an object of role
// "notification" starts showing, and Orca reads such an object's name at once, without moving
// the focus. One per window, a pixel wide, shown again for each message. Messages given
// during one turn of the event loop (one key typed: a rule met and a new level) are said
// together, so that none cuts another short. GUI thread only.
class LiveRegion : public QWidget
{
    Q_OBJECT

public:
    explicit LiveRegion(QWidget &window);

    // The window's region, made on first use.
    static LiveRegion *of(QWidget *anyWidgetOfTheWindow);

    void say(const QString &text);
    // What it said last.
    QString text() const { return m_text; }

private:
    void speak();

    QString m_text;
    QStringList m_pending;
    QTimer *m_gather;
};
