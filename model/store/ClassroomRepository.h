#pragma once

#include "classroom/StationCommand.h"
#include "classroom/StationStatus.h"

#include <QList>
#include <QStringList>

namespace ameli {

class Database;

// The room's tables on a classroom's server: stations' tiles and the trainer's commands.
// A station writes its own tile and reads its own commands; the trainer reads every tile and
// sends commands (row-level security decides, not this class).
class ClassroomRepository
{
public:
    explicit ClassroomRepository(const Database &database);

    // The station's tile, written whole (the station is the connection's role).
    void publish(const StationStatus &status) const;
    // Every tile the connection may read, by station.
    QList<StationStatus> statuses() const;

    // Trainer: one command per station, in one transaction.
    void issue(const QStringList &stations, StationCommand::Kind kind, const QString &argument,
               const QDateTime &now) const;
    // Station: its commands not done yet, oldest first.
    QList<StationCommand> pending() const;
    void markDone(qint64 commandId, const QDateTime &now) const;

private:
    const Database &m_database;
};

} // namespace ameli
