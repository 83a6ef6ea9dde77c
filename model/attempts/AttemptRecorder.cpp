#include "AttemptRecorder.h"

#include "AttemptWriter.h"
#include "clock/SimulationClock.h"
#include "store/AttemptRepository.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcRecording)

namespace ameli {

namespace {

AttemptRecorder::ElapsedSource monotonic()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

AttemptRecorder::AttemptRecorder(const Database &records, const SimulationClock &clock,
                                 ElapsedSource elapsed, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_clock(clock)
    , m_elapsed(elapsed ? std::move(elapsed) : monotonic())
    , m_writer(std::make_unique<AttemptWriter>(records))
{
}

AttemptRecorder::~AttemptRecorder()
{
    try {
        end(AttemptOutcome::Interrupted);
    } catch (const StoreError &e) {
        qCWarning(lcRecording) << "attempt not closed:" << e.detail();
    }
}

qint64 AttemptRecorder::elapsedMs() const
{
    return m_current ? m_elapsed() - m_startMs : 0;
}

qint64 AttemptRecorder::begin(const AttemptSpec &spec)
{
    end(AttemptOutcome::Interrupted);
    Attempt attempt;
    attempt.spec = spec;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.simStartedAt = m_clock.now();
    attempt.id = AttemptRepository(m_records).begin(spec, attempt.startedAt, attempt.simStartedAt);
    m_current = attempt;
    m_events.clear();
    m_startMs = m_elapsed();
    AttemptEvent start;
    start.kind = EventKind::AttemptStarted;
    start.detail = Attempt::modeKey(spec.mode);
    record(start);
    emit started(attempt);
    return attempt.id;
}

void AttemptRecorder::end(AttemptOutcome outcome)
{
    if (!m_current)
        return;
    emit aboutToEnd();
    AttemptEvent last;
    last.kind = EventKind::AttemptEnded;
    last.detail = Attempt::outcomeKey(outcome);
    record(last);
    Attempt attempt = *m_current;
    attempt.outcome = outcome;
    attempt.endedAt = QDateTime::currentDateTimeUtc();
    attempt.durationMs = elapsedMs();
    m_lastEnded = attempt;
    m_lastEndedEvents = std::exchange(m_events, {});
    m_current.reset();
    flush();
    AttemptRepository(m_records).end(attempt.id, outcome, attempt.endedAt, attempt.durationMs);
    emit ended(attempt);
}

AttemptEvent AttemptRecorder::stamp(AttemptEvent event, std::optional<qint64> atMs)
{
    event.seq = int(m_events.size()) + 1;
    // Never before the event logged last: the log stays in order of time.
    const qint64 floor = m_events.isEmpty() ? 0 : m_events.last().elapsedMs;
    event.elapsedMs = atMs ? std::clamp(*atMs, floor, elapsedMs()) : elapsedMs();
    event.simTime = m_clock.now();
    if (event.step.isEmpty())
        event.step = m_step;
    return event;
}

void AttemptRecorder::record(AttemptEvent event, std::optional<qint64> atMs)
{
    if (!m_current)
        return;
    event = stamp(std::move(event), atMs);
    m_events.append(event);
    m_writer->append(m_current->id, event);
    checkWriter();
    emit recorded(event);
}

void AttemptRecorder::answer(const QuestionnaireAnswer &answer)
{
    AttemptRepository(m_records).addAnswer(answer);
    if (answer.attemptId == 0 || !m_lastEnded || m_lastEnded->id != answer.attemptId)
        return;
    AttemptEvent e;
    e.kind = EventKind::QuestionnaireAnswer;
    e.target = answer.questionnaire;
    e.count = answer.item;
    e.value = QString::number(answer.value);
    e.seq = int(m_lastEndedEvents.size()) + 1;
    e.elapsedMs = m_elapsed() - m_startMs;
    e.simTime = m_clock.now();
    e.step = m_step;
    m_lastEndedEvents.append(e);
    m_writer->append(answer.attemptId, e);
}

QString AttemptRecorder::flush()
{
    const QString problem = m_writer->flush();
    checkWriter();
    return problem;
}

void AttemptRecorder::checkWriter()
{
    const int lost = m_writer->lostEvents();
    if (lost > m_reportedLost) {
        m_reportedLost = lost;
        emit failed(tr("L'enregistrement de la séance a échoué : %1 événement(s) n'ont pas pu "
                       "être enregistrés. %2")
                        .arg(lost)
                        .arg(m_writer->lastError())
                        .trimmed());
    }
}

} // namespace ameli
