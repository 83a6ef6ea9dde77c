#include "AttemptRepository.h"

#include "Database.h"
#include "TimeColumns.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace ameli {

namespace {

const QString kAttemptColumns = QStringLiteral(
    "id, participant, mode, scenario_id, scenario_title, plan_run_id, plan_id, task_id, "
    "task_title, goal, expected_path, symptom_rules, time_limit_ms, started_at, sim_started_at, "
    "ended_at, duration_ms, outcome");

const QString kEventColumns =
    QStringLiteral("seq, kind, elapsed_ms, sim_time, step, target, field, value, length, count, "
                   "rules, problem, message, x, y, area, detail");

QStringList splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char(','));
}

Attempt attemptFrom(const QSqlQuery &q)
{
    Attempt a;
    a.id = q.value(0).toLongLong();
    a.spec.participant = q.value(1).toString();
    a.spec.mode = Attempt::modeFromKey(q.value(2).toString()).value_or(AttemptMode::Free);
    a.spec.scenarioId = q.value(3).toString();
    a.spec.scenarioTitle = q.value(4).toString();
    a.spec.planRunId = q.value(5).toLongLong();
    a.spec.planId = q.value(6).toString();
    a.spec.taskId = q.value(7).toString();
    a.spec.taskTitle = q.value(8).toString();
    a.spec.goal = q.value(9).toString();
    a.spec.expectedPath = splitList(q.value(10).toString());
    a.spec.symptomRules = splitList(q.value(11).toString());
    a.spec.timeLimitMs = q.value(12).toLongLong();
    a.startedAt = fromColumn(q.value(13));
    a.simStartedAt = fromColumn(q.value(14));
    a.endedAt = fromColumn(q.value(15));
    a.durationMs = q.value(16).isNull() ? -1 : q.value(16).toLongLong();
    a.outcome = Attempt::outcomeFromKey(q.value(17).toString()).value_or(AttemptOutcome::Open);
    return a;
}

AttemptEvent eventFrom(const QSqlQuery &q)
{
    AttemptEvent e;
    e.seq = q.value(0).toInt();
    e.kind = AttemptEvent::kindFromKey(q.value(1).toString()).value_or(EventKind::PageShown);
    e.elapsedMs = q.value(2).toLongLong();
    e.simTime = fromColumn(q.value(3));
    e.step = q.value(4).toString();
    e.target = q.value(5).toString();
    e.field = q.value(6).toString();
    e.value = q.value(7).toString();
    e.length = q.value(8).toInt();
    e.count = q.value(9).toInt();
    e.rules = splitList(q.value(10).toString());
    e.problem = q.value(11).toString();
    e.message = q.value(12).toString();
    e.x = q.value(13).toInt();
    e.y = q.value(14).toInt();
    e.area = q.value(15).toString();
    e.detail = q.value(16).toString();
    return e;
}

PlanRun planRunFrom(const QSqlQuery &q)
{
    PlanRun r;
    r.id = q.value(0).toLongLong();
    r.planId = q.value(1).toString();
    r.planTitle = q.value(2).toString();
    r.participant = q.value(3).toString();
    r.startedAt = fromColumn(q.value(4));
    r.endedAt = fromColumn(q.value(5));
    return r;
}

QuestionnaireAnswer answerFrom(const QSqlQuery &q)
{
    QuestionnaireAnswer a;
    a.planRunId = q.value(0).toLongLong();
    a.attemptId = q.value(1).toLongLong();
    a.questionnaire = q.value(2).toString();
    a.item = q.value(3).toInt();
    a.value = q.value(4).toInt();
    a.answeredAt = fromColumn(q.value(5));
    return a;
}

// Qt binds a null QString as SQL NULL: the text columns here are NOT NULL, empty when unused.
QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AttemptRepository::AttemptRepository(const Database &database)
    : m_database(database)
{
}

qint64 AttemptRepository::begin(const AttemptSpec &spec, const QDateTime &startedAt,
                                const QDateTime &simStartedAt) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO attempts (participant, mode, scenario_id, scenario_title, plan_run_id, "
        "plan_id, task_id, task_title, goal, expected_path, symptom_rules, time_limit_ms, "
        "started_at, sim_started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nonNull(spec.participant));
    q.addBindValue(Attempt::modeKey(spec.mode));
    q.addBindValue(nonNull(spec.scenarioId));
    q.addBindValue(nonNull(spec.scenarioTitle));
    q.addBindValue(idOrNull(spec.planRunId));
    q.addBindValue(nonNull(spec.planId));
    q.addBindValue(nonNull(spec.taskId));
    q.addBindValue(nonNull(spec.taskTitle));
    q.addBindValue(nonNull(spec.goal));
    q.addBindValue(nonNull(spec.expectedPath.join(QLatin1Char(','))));
    q.addBindValue(nonNull(spec.symptomRules.join(QLatin1Char(','))));
    q.addBindValue(spec.timeLimitMs);
    q.addBindValue(toColumn(startedAt));
    q.addBindValue(toColumn(simStartedAt));
    Database::exec(q);
    return q.lastInsertId().toLongLong();
}

void AttemptRepository::end(qint64 attemptId, AttemptOutcome outcome, const QDateTime &endedAt,
                            qint64 durationMs) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "UPDATE attempts SET outcome = ?, ended_at = ?, duration_ms = ? WHERE id = ?"));
    q.addBindValue(Attempt::outcomeKey(outcome));
    q.addBindValue(toColumn(endedAt));
    q.addBindValue(durationMs);
    q.addBindValue(attemptId);
    Database::exec(q);
}

void AttemptRepository::insertEvents(qint64 attemptId, const QList<AttemptEvent> &events) const
{
    if (events.isEmpty())
        return;
    QSqlQuery q =
        m_database.prepare(QStringLiteral("INSERT INTO attempt_events (attempt_id, %1) VALUES "
                                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                               .arg(kEventColumns));
    for (const AttemptEvent &e : events) {
        q.bindValue(0, attemptId);
        q.bindValue(1, e.seq);
        q.bindValue(2, AttemptEvent::kindKey(e.kind));
        q.bindValue(3, e.elapsedMs);
        q.bindValue(4, toColumn(e.simTime));
        q.bindValue(5, nonNull(e.step));
        q.bindValue(6, nonNull(e.target));
        q.bindValue(7, nonNull(e.field));
        q.bindValue(8, nonNull(e.value));
        q.bindValue(9, e.length);
        q.bindValue(10, e.count);
        q.bindValue(11, nonNull(e.rules.join(QLatin1Char(','))));
        q.bindValue(12, nonNull(e.problem));
        q.bindValue(13, nonNull(e.message));
        q.bindValue(14, e.x);
        q.bindValue(15, e.y);
        q.bindValue(16, nonNull(e.area));
        q.bindValue(17, nonNull(e.detail));
        Database::exec(q);
    }
}

std::optional<Attempt> AttemptRepository::find(qint64 attemptId) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT %1 FROM attempts WHERE id = ?").arg(kAttemptColumns));
    q.addBindValue(attemptId);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return attemptFrom(q);
}

QString AttemptRepository::where(const AttemptFilter &filter, QVariantList &values) const
{
    QStringList conditions;
    if (!filter.participant.isEmpty()) {
        conditions << QStringLiteral("participant = ?");
        values << filter.participant;
    }
    if (!filter.activity.isEmpty()) {
        conditions << QStringLiteral("(scenario_id = ? OR task_id = ? OR "
                                     "(plan_id <> '' AND plan_id || '/' || task_id = ?) OR "
                                     "(? = 'free' AND scenario_id = '' AND plan_id = ''))");
        for (int i = 0; i < 4; ++i)
            values << filter.activity;
    }
    if (!filter.planId.isEmpty()) {
        conditions << QStringLiteral("plan_id = ?");
        values << filter.planId;
    }
    if (filter.since.isValid()) {
        conditions << QStringLiteral("started_at >= ?");
        values << toColumn(filter.since);
    }
    if (filter.before.isValid()) {
        conditions << QStringLiteral("started_at < ?");
        values << toColumn(filter.before);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<Attempt> AttemptRepository::list(const AttemptFilter &filter) const
{
    QVariantList values;
    const QString condition = where(filter, values);
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT %1 FROM attempts%2 ORDER BY started_at DESC, id DESC")
            .arg(kAttemptColumns, condition));
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    QList<Attempt> attempts;
    while (q.next())
        attempts << attemptFrom(q);
    return attempts;
}

QList<AttemptEvent> AttemptRepository::events(qint64 attemptId) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT %1 FROM attempt_events WHERE attempt_id = ? ORDER BY seq")
            .arg(kEventColumns));
    q.setForwardOnly(true);
    q.addBindValue(attemptId);
    Database::exec(q);
    QList<AttemptEvent> events;
    while (q.next())
        events << eventFrom(q);
    return events;
}

void AttemptRepository::forEachAttempt(
    const AttemptFilter &filter,
    const std::function<void(const Attempt &, const QList<AttemptEvent> &)> &visit,
    const QList<EventKind> &kinds) const
{
    QVariantList values;
    const QString condition = where(filter, values);
    QSqlQuery attempts =
        m_database.prepare(QStringLiteral("SELECT %1 FROM attempts%2 ORDER BY started_at, id")
                               .arg(kAttemptColumns, condition));
    // PostgreSQL's driver streams a forward-only result only while no other query runs on the
    // connection: on a server, the attempts (not their events) are read at once.
    attempts.setForwardOnly(!m_database.onServer());
    for (const QVariant &v : values)
        attempts.addBindValue(v);
    Database::exec(attempts);
    QStringList kindKeys;
    for (EventKind kind : kinds)
        kindKeys << QLatin1Char('\'') + AttemptEvent::kindKey(kind) + QLatin1Char('\'');
    QSqlQuery events = m_database.prepare(
        QStringLiteral("SELECT %1 FROM attempt_events WHERE attempt_id = ?%2 ORDER BY seq")
            .arg(kEventColumns,
                 kindKeys.isEmpty()
                     ? QString()
                     : QStringLiteral(" AND kind IN (%1)").arg(kindKeys.join(QLatin1Char(',')))));
    events.setForwardOnly(true);
    while (attempts.next()) {
        const Attempt attempt = attemptFrom(attempts);
        events.bindValue(0, attempt.id);
        Database::exec(events);
        QList<AttemptEvent> list;
        while (events.next())
            list << eventFrom(events);
        events.finish();
        visit(attempt, list);
    }
}

QStringList AttemptRepository::participants() const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT DISTINCT participant FROM attempts ORDER BY participant"));
    Database::exec(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QList<std::pair<QString, QString>> AttemptRepository::activities() const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT CASE WHEN plan_id <> '' THEN plan_id || '/' || task_id "
        "            WHEN scenario_id <> '' THEN scenario_id ELSE 'free' END AS activity, "
        "       max(CASE WHEN task_title <> '' THEN task_title ELSE scenario_title END) "
        "FROM attempts GROUP BY activity ORDER BY activity"));
    Database::exec(q);
    QList<std::pair<QString, QString>> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

qint64 AttemptRepository::addNote(qint64 attemptId, qint64 atMs, const QString &text,
                                  const QDateTime &writtenAt) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO attempt_notes (attempt_id, at_ms, text, written_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(attemptId);
    q.addBindValue(atMs);
    q.addBindValue(nonNull(text));
    q.addBindValue(toColumn(writtenAt));
    Database::exec(q);
    return q.lastInsertId().toLongLong();
}

QList<AttemptNote> AttemptRepository::notes(qint64 attemptId) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT id, attempt_id, at_ms, text, written_at FROM attempt_notes "
                       "WHERE attempt_id = ? ORDER BY at_ms, id"));
    q.addBindValue(attemptId);
    Database::exec(q);
    QList<AttemptNote> notes;
    while (q.next()) {
        notes.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toString(), fromColumn(q.value(4))});
    }
    return notes;
}

void AttemptRepository::deleteNote(qint64 noteId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("DELETE FROM attempt_notes WHERE id = ?"));
    q.addBindValue(noteId);
    Database::exec(q);
}

qint64 AttemptRepository::beginPlanRun(const QString &planId, const QString &planTitle,
                                       const QString &participant, const QDateTime &startedAt) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("INSERT INTO plan_runs (plan_id, plan_title, participant, started_at) "
                       "VALUES (?, ?, ?, ?)"));
    q.addBindValue(planId);
    q.addBindValue(planTitle);
    q.addBindValue(participant);
    q.addBindValue(toColumn(startedAt));
    Database::exec(q);
    return q.lastInsertId().toLongLong();
}

void AttemptRepository::endPlanRun(qint64 planRunId, const QDateTime &endedAt) const
{
    QSqlQuery q =
        m_database.prepare(QStringLiteral("UPDATE plan_runs SET ended_at = ? WHERE id = ?"));
    q.addBindValue(toColumn(endedAt));
    q.addBindValue(planRunId);
    Database::exec(q);
}

std::optional<PlanRun> AttemptRepository::findPlanRun(qint64 planRunId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT id, plan_id, plan_title, participant, started_at, ended_at FROM plan_runs "
        "WHERE id = ?"));
    q.addBindValue(planRunId);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return planRunFrom(q);
}

QList<PlanRun> AttemptRepository::planRuns(const AttemptFilter &filter) const
{
    QVariantList values;
    // Plan runs have the columns the filter reads but the activity, which belongs to attempts.
    AttemptFilter runFilter = filter;
    runFilter.activity.clear();
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT id, plan_id, plan_title, participant, started_at, ended_at "
                       "FROM plan_runs%1 ORDER BY started_at, id")
            .arg(where(runFilter, values)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    QList<PlanRun> runs;
    while (q.next())
        runs << planRunFrom(q);
    return runs;
}

void AttemptRepository::addAnswer(const QuestionnaireAnswer &answer) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO questionnaire_answers (plan_run_id, attempt_id, questionnaire, item, value, "
        "answered_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idOrNull(answer.planRunId));
    q.addBindValue(idOrNull(answer.attemptId));
    q.addBindValue(answer.questionnaire);
    q.addBindValue(answer.item);
    q.addBindValue(answer.value);
    q.addBindValue(toColumn(answer.answeredAt));
    Database::exec(q);
}

QList<QuestionnaireAnswer> AttemptRepository::answersOfAttempt(qint64 attemptId) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT plan_run_id, attempt_id, questionnaire, item, value, answered_at "
                       "FROM questionnaire_answers WHERE attempt_id = ? ORDER BY item, id"));
    q.addBindValue(attemptId);
    Database::exec(q);
    QList<QuestionnaireAnswer> answers;
    while (q.next())
        answers << answerFrom(q);
    return answers;
}

QList<QuestionnaireAnswer> AttemptRepository::answersOfPlanRun(qint64 planRunId) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT plan_run_id, attempt_id, questionnaire, item, value, answered_at "
                       "FROM questionnaire_answers WHERE plan_run_id = ? AND attempt_id IS NULL "
                       "ORDER BY item, id"));
    q.addBindValue(planRunId);
    Database::exec(q);
    QList<QuestionnaireAnswer> answers;
    while (q.next())
        answers << answerFrom(q);
    return answers;
}

int AttemptRepository::deleteAttempt(qint64 attemptId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("DELETE FROM attempts WHERE id = ?"));
    q.addBindValue(attemptId);
    Database::exec(q);
    return q.numRowsAffected();
}

int AttemptRepository::deleteParticipant(const QString &participant) const
{
    Transaction transaction(m_database);
    QSqlQuery q = m_database.prepare(QStringLiteral("DELETE FROM attempts WHERE participant = ?"));
    q.addBindValue(participant);
    Database::exec(q);
    const int deleted = q.numRowsAffected();
    QSqlQuery runs =
        m_database.prepare(QStringLiteral("DELETE FROM plan_runs WHERE participant = ?"));
    runs.addBindValue(participant);
    Database::exec(runs);
    transaction.commit();
    return deleted;
}

int AttemptRepository::deleteStartedBefore(const QDateTime &before) const
{
    Transaction transaction(m_database);
    QSqlQuery q = m_database.prepare(QStringLiteral("DELETE FROM attempts WHERE started_at < ?"));
    q.addBindValue(toColumn(before));
    Database::exec(q);
    const int deleted = q.numRowsAffected();
    QSqlQuery runs =
        m_database.prepare(QStringLiteral("DELETE FROM plan_runs WHERE started_at < ?"));
    runs.addBindValue(toColumn(before));
    Database::exec(runs);
    transaction.commit();
    return deleted;
}

} // namespace ameli
