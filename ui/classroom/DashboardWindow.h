#pragma once

#include "classroom/StationCommand.h"
#include "classroom/StationStatus.h"

#include <QMainWindow>
#include <QMap>
#include <QTimer>

class Notice;
class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;
class StationTile;

namespace ameli {
class Database;
class RoomFeed;
class ScenarioCatalog;
} // namespace ameli

// The trainer's view of the room: a tile per station, updated as each station's step is
// committed (the server's notifications, not polling), and commands for the chosen stations:
// start a scenario, move their clock, start again, pause, resume, end. The room's results
// open in the debrief window over every station's attempts. GUI thread only.
class DashboardWindow : public QMainWindow
{
    Q_OBJECT

public:
    DashboardWindow(const ameli::Database &trainer, const ameli::ScenarioCatalog &catalog,
                    QWidget *parent = nullptr);

    // Reads every tile again (at start, and when a station says it changed).
    void reload();
    StationTile *tile(const QString &station) const { return m_tiles.value(station); }
    QComboBox *scenarioBox() const { return m_scenario; }
    Notice *notice() const { return m_notice; }
    // The command buttons, by what they say.
    QPushButton *button(const QString &text) const;

signals:
    void resultsRequested();

private:
    void showStatuses();
    void send(ameli::StationCommand::Kind kind, const QString &argument = {});
    void refreshTimes();
    QStringList chosenStations() const;

    const ameli::Database &m_trainer;
    ameli::RoomFeed *m_feed;
    QMap<QString, StationTile *> m_tiles;
    QMap<QString, ameli::StationStatus> m_statuses;
    QMap<QString, QString> m_titles; // scenario id to title
    QWidget *m_tileArea;
    QCheckBox *m_selectAll;
    QComboBox *m_scenario;
    QSpinBox *m_stuckMinutes;
    Notice *m_notice;
    QList<QPushButton *> m_buttons;
    QTimer m_clockTick;
};
