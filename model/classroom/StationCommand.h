#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace ameli {

// What the trainer asks a station to do; the station does it within a second of being told.
struct StationCommand
{
    enum class Kind
    {
        StartScenario, // argument: the scenario's id
        MoveClock,     // argument: minutes
        Reset,         // the scenario again from its start
        Pause,
        Resume,
        End, // the attempt ends, interrupted by the trainer
    };

    qint64 id = 0;
    QString station;
    Kind kind = Kind::Pause;
    QString argument;
    QDateTime issuedAt;

    static QString key(Kind kind);
    static std::optional<Kind> kindOf(const QString &key);
};

} // namespace ameli
