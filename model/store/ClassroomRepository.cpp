#include "ClassroomRepository.h"

#include "Database.h"
#include "TimeColumns.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace ameli {

namespace {

// An empty text, never NULL: the columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

ClassroomRepository::ClassroomRepository(const Database &database)
    : m_database(database)
{
}

void ClassroomRepository::publish(const StationStatus &s) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO station_status (participant, scenario, step, attempt_started_at, "
        "last_progress_at, errors, hints, paused, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (station) DO UPDATE SET participant = EXCLUDED.participant, "
        "scenario = EXCLUDED.scenario, step = EXCLUDED.step, "
        "attempt_started_at = EXCLUDED.attempt_started_at, "
        "last_progress_at = EXCLUDED.last_progress_at, errors = EXCLUDED.errors, "
        "hints = EXCLUDED.hints, paused = EXCLUDED.paused, updated_at = EXCLUDED.updated_at"));
    q.addBindValue(text(s.participant));
    q.addBindValue(text(s.scenario));
    q.addBindValue(text(s.step));
    q.addBindValue(toColumn(s.attemptStartedAt));
    q.addBindValue(toColumn(s.lastProgressAt));
    q.addBindValue(s.errors);
    q.addBindValue(s.hints);
    q.addBindValue(int(s.paused));
    q.addBindValue(s.updatedAt.toMSecsSinceEpoch());
    Database::exec(q);
}

QList<StationStatus> ClassroomRepository::statuses() const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT station, participant, scenario, step, attempt_started_at, last_progress_at, "
        "errors, hints, paused, updated_at FROM station_status ORDER BY station"));
    Database::exec(q);
    QList<StationStatus> list;
    while (q.next()) {
        StationStatus s;
        s.station = q.value(0).toString();
        s.participant = q.value(1).toString();
        s.scenario = q.value(2).toString();
        s.step = q.value(3).toString();
        s.attemptStartedAt = fromColumn(q.value(4));
        s.lastProgressAt = fromColumn(q.value(5));
        s.errors = q.value(6).toInt();
        s.hints = q.value(7).toInt();
        s.paused = q.value(8).toInt() != 0;
        s.updatedAt = fromColumn(q.value(9));
        list << s;
    }
    return list;
}

void ClassroomRepository::issue(const QStringList &stations, StationCommand::Kind kind,
                                const QString &argument, const QDateTime &now) const
{
    Transaction transaction(m_database);
    QSqlQuery q =
        m_database.prepare(QStringLiteral("INSERT INTO station_commands (station, command, "
                                          "argument, issued_at) VALUES (?, ?, ?, ?)"));
    for (const QString &station : stations) {
        q.bindValue(0, station);
        q.bindValue(1, StationCommand::key(kind));
        q.bindValue(2, text(argument));
        q.bindValue(3, now.toMSecsSinceEpoch());
        Database::exec(q);
    }
    transaction.commit();
}

QList<StationCommand> ClassroomRepository::pending() const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT id, station, command, argument, issued_at FROM station_commands "
                       "WHERE done_at IS NULL ORDER BY id"));
    Database::exec(q);
    QList<StationCommand> list;
    while (q.next()) {
        const std::optional<StationCommand::Kind> kind =
            StationCommand::kindOf(q.value(2).toString());
        if (!kind)
            continue;
        StationCommand c;
        c.id = q.value(0).toLongLong();
        c.station = q.value(1).toString();
        c.kind = *kind;
        c.argument = q.value(3).toString();
        c.issuedAt = fromColumn(q.value(4));
        list << c;
    }
    return list;
}

void ClassroomRepository::markDone(qint64 commandId, const QDateTime &now) const
{
    QSqlQuery q =
        m_database.prepare(QStringLiteral("UPDATE station_commands SET done_at = ? WHERE id = ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(commandId);
    Database::exec(q);
}

} // namespace ameli
