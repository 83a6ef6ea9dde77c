#pragma once

#include <QString>
#include <QWidget>

// Where a window's status messages are spoken from (X2, X4). Qt 6.4 has no announcement
// event and its AT-SPI bridge drops alerts, but it does report when an object of role
// "notification" starts showing, and Orca reads such an object's name at once, without moving
// the focus. One per window, a pixel wide, shown again for each message.
class LiveRegion : public QWidget
{
    Q_OBJECT

public:
    explicit LiveRegion(QWidget &window);

    // The window's region, made on first use.
    static LiveRegion *of(QWidget *anyWidgetOfTheWindow);

    void say(const QString &text);
    QString text() const { return m_text; }

private:
    QString m_text;
};
