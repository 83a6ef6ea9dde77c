#pragma once

#include "Attempt.h"
#include "AttemptEvent.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace ameli {

class AttemptWriter;
class Database;
class SimulationClock;
struct QuestionnaireAnswer;

// The attempt being played and its event log. Screens tell it what happened; it stamps each
// event with its order, the real time since the start (monotonic) and the simulation time, keeps
// the attempt's events in memory for live feedback, and hands them to the writer thread.
//
// Threads: lives on the GUI thread; only AttemptWriter crosses to its own thread, with copies.
class AttemptRecorder : public QObject
{
    Q_OBJECT

public:
    // Monotonic milliseconds. Tests pass their own, and move it as they move the clock.
    using ElapsedSource = std::function<qint64()>;

    AttemptRecorder(const Database &records, const SimulationClock &clock,
                    ElapsedSource elapsed = {}, QObject *parent = nullptr);
    // An attempt still open when the program stops is ended as interrupted.
    ~AttemptRecorder() override;

    const Database &records() const { return m_records; }

    // Ends an open attempt as interrupted first. Throws StoreError when the store refuses.
    qint64 begin(const AttemptSpec &spec);
    void end(AttemptOutcome outcome);
    bool isRecording() const { return m_current.has_value(); }
    const std::optional<Attempt> &current() const { return m_current; }
    const QList<AttemptEvent> &events() const { return m_events; }
    // The last attempt ended, with its events: what a feedback shows once it is over.
    const std::optional<Attempt> &lastEnded() const { return m_lastEnded; }
    const QList<AttemptEvent> &lastEndedEvents() const { return m_lastEndedEvents; }
    qint64 elapsedMs() const;

    // Stamps and keeps the event; ignored when no attempt is open. `atMs`: when it happened, if
    // earlier than now (typing is written down when the person leaves the field).
    void record(AttemptEvent event, std::optional<qint64> atMs = std::nullopt);
    // The page now shown: every event says where it happened.
    void setStep(const QString &stepKey) { m_step = stepKey; }
    const QString &step() const { return m_step; }

    // A questionnaire answer, stored, and written in the log of the attempt it is about.
    void answer(const QuestionnaireAnswer &answer);

    // Waits until every event is written; the French message of a failure, if any.
    QString flush();

signals:
    // Last call for what is still pending elsewhere (typing not yet written down).
    void aboutToEnd();
    void recorded(const ameli::AttemptEvent &event);
    void started(const ameli::Attempt &attempt);
    void ended(const ameli::Attempt &attempt);
    // Events could not be saved (disk full, store locked): said once, in French.
    void failed(const QString &message);

private:
    AttemptEvent stamp(AttemptEvent event, std::optional<qint64> atMs);
    void checkWriter();

    const Database &m_records;
    const SimulationClock &m_clock;
    ElapsedSource m_elapsed;
    std::unique_ptr<AttemptWriter> m_writer;
    std::optional<Attempt> m_current;
    QList<AttemptEvent> m_events;
    std::optional<Attempt> m_lastEnded;
    QList<AttemptEvent> m_lastEndedEvents;
    qint64 m_startMs = 0;
    QString m_step;
    int m_reportedLost = 0;
};

} // namespace ameli
