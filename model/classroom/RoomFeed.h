#pragma once

#include "StationStatus.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace ameli {

class Database;
class NotificationListener;

// The trainer's live view of the room: every station's tile, read again when the server says
// a station changed. Notifications that arrive together (a busy room) are answered with one
// read, so that the view never falls behind the room. GUI thread only.
class RoomFeed : public QObject
{
    Q_OBJECT

public:
    explicit RoomFeed(const Database &trainer, QObject *parent = nullptr);

    // Reads every tile now; nothing and a French message on failure.
    QString reload();
    const QList<StationStatus> &statuses() const { return m_statuses; }

signals:
    void updated();
    void failed(const QString &message);

private:
    const Database &m_trainer;
    NotificationListener *m_listener;
    QTimer m_coalesce;
    QList<StationStatus> m_statuses;
};

} // namespace ameli
