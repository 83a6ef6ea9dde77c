#pragma once

#include "classroom/StationStatus.h"

#include <QFrame>

class QCheckBox;
class QLabel;

// One station on the trainer's dashboard: who plays what, where they are, for how long, their
// mistakes and hints, and whether they seem stuck. The check box chooses it for a command.
class StationTile : public QFrame
{
    Q_OBJECT

public:
    explicit StationTile(const QString &station, QWidget *parent = nullptr);

    void show(const ameli::StationStatus &status, const QDateTime &now, int stuckAfterSeconds);
    const QString &station() const { return m_station; }
    QCheckBox *selectBox() const { return m_select; }
    QLabel *stepLabel() const { return m_step; }
    QLabel *stateLabel() const { return m_state; }

private:
    QString m_station;
    QCheckBox *m_select;
    QLabel *m_who;
    QLabel *m_step;
    QLabel *m_time;
    QLabel *m_counts;
    QLabel *m_state;
};
