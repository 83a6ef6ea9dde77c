#pragma once

#include <QDateTime>
#include <QString>

namespace ameli {

// What a station's tile on the trainer's dashboard shows: written by the station at each step,
// read by the trainer. Times are the machine's (time on task), not the simulation's.
struct StationStatus
{
    QString station;
    QString participant;
    QString scenario;
    QString step;
    QDateTime attemptStartedAt;
    QDateTime lastProgressAt;
    int errors = 0;
    int hints = 0;
    bool paused = false;
    QDateTime updatedAt;

    // No step for that long: the trainer is told the trainee may be stuck.
    bool stuckAt(const QDateTime &now, qint64 afterSeconds) const
    {
        return !paused && lastProgressAt.isValid() && !step.isEmpty() &&
               lastProgressAt.secsTo(now) >= afterSeconds;
    }
};

} // namespace ameli
