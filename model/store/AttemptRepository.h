#pragma once

#include "attempts/Attempt.h"
#include "attempts/AttemptEvent.h"

#include <QList>
#include <functional>
#include <optional>

namespace ameli {

class Database;

// Which attempts a list, a group view or an export covers. Empty members match everything.
struct AttemptFilter
{
    QString participant;
    QString activity; // a scenario id, a task id or "plan/task"
    QString planId;
    QDateTime since;  // started at or after
    QDateTime before; // started before

    static AttemptFilter ofParticipant(const QString &code)
    {
        AttemptFilter f;
        f.participant = code;
        return f;
    }
    static AttemptFilter ofActivity(const QString &id)
    {
        AttemptFilter f;
        f.activity = id;
        return f;
    }
};

struct AttemptNote
{
    qint64 id = 0;
    qint64 attemptId = 0;
    qint64 atMs = 0; // the moment of the attempt it is about
    QString text;
    QDateTime writtenAt;
};

struct PlanRun
{
    qint64 id = 0;
    QString planId;
    QString planTitle;
    QString participant;
    QDateTime startedAt;
    QDateTime endedAt;
};

struct QuestionnaireAnswer
{
    qint64 planRunId = 0;
    qint64 attemptId = 0;
    QString questionnaire; // "SEQ" or "SUS"
    int item = 0;          // from 1
    int value = 0;
    QDateTime answeredAt;
};

// The attempts on record, their events, notes, plan runs and questionnaire answers.
class AttemptRepository
{
public:
    explicit AttemptRepository(const Database &database);

    qint64 begin(const AttemptSpec &spec, const QDateTime &startedAt,
                 const QDateTime &simStartedAt) const;
    void end(qint64 attemptId, AttemptOutcome outcome, const QDateTime &endedAt,
             qint64 durationMs) const;
    // In one statement prepared once: the writer hands batches of events here.
    void insertEvents(qint64 attemptId, const QList<AttemptEvent> &events) const;

    std::optional<Attempt> find(qint64 attemptId) const;
    // Newest first.
    QList<Attempt> list(const AttemptFilter &filter = {}) const;
    QList<AttemptEvent> events(qint64 attemptId) const;
    // Each attempt the filter covers, oldest first, with its events (only those of `kinds` when
    // given): one attempt in memory at a time, however many there are.
    void
    forEachAttempt(const AttemptFilter &filter,
                   const std::function<void(const Attempt &, const QList<AttemptEvent> &)> &visit,
                   const QList<EventKind> &kinds = {}) const;
    QStringList participants() const;
    // Every activity on record: key and title.
    QList<std::pair<QString, QString>> activities() const;

    qint64 addNote(qint64 attemptId, qint64 atMs, const QString &text,
                   const QDateTime &writtenAt) const;
    QList<AttemptNote> notes(qint64 attemptId) const;
    void deleteNote(qint64 noteId) const;

    qint64 beginPlanRun(const QString &planId, const QString &planTitle, const QString &participant,
                        const QDateTime &startedAt) const;
    void endPlanRun(qint64 planRunId, const QDateTime &endedAt) const;
    std::optional<PlanRun> findPlanRun(qint64 planRunId) const;
    QList<PlanRun> planRuns(const AttemptFilter &filter = {}) const;

    void addAnswer(const QuestionnaireAnswer &answer) const;
    QList<QuestionnaireAnswer> answersOfAttempt(qint64 attemptId) const;
    QList<QuestionnaireAnswer> answersOfPlanRun(qint64 planRunId) const;

    // Housekeeping (a trainer's data-protection duty). Each returns how many attempts went.
    int deleteAttempt(qint64 attemptId) const;
    int deleteParticipant(const QString &participant) const;
    int deleteStartedBefore(const QDateTime &before) const;

private:
    // " WHERE ..." for the filter (empty when it matches everything), its values appended.
    QString where(const AttemptFilter &filter, QVariantList &values) const;

    const Database &m_database;
};

} // namespace ameli
