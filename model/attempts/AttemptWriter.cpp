#include "AttemptWriter.h"

#include "store/AttemptRepository.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecording, "ameli.model.recording")

namespace ameli {

AttemptWriter::AttemptWriter(const Database &database)
    : m_database(database)
    , m_thread([this] { work(); })
{
}

AttemptWriter::~AttemptWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void AttemptWriter::append(qint64 attemptId, const AttemptEvent &event)
{
    {
        const std::lock_guard lock(m_mutex);
        m_queue.append({attemptId, event});
        ++m_appended;
    }
    m_wake.notify_all();
}

QString AttemptWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_appended;
    m_flushWanted = true;
    m_wake.notify_all();
    m_written.wait(lock, [this, target] { return m_done >= target; });
    return m_lost > 0 ? m_error : QString();
}

int AttemptWriter::lostEvents() const
{
    const std::lock_guard lock(m_mutex);
    return m_lost;
}

QString AttemptWriter::lastError() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

void AttemptWriter::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return !m_queue.isEmpty() || m_stopping; });
        if (m_queue.isEmpty() && m_stopping)
            return;
        // Let a few more events join the batch, unless someone is waiting for them.
        if (!m_flushWanted && !m_stopping) {
            m_wake.wait_for(lock, std::chrono::milliseconds(kBatchDelayMs),
                            [this] { return m_flushWanted || m_stopping; });
        }
        const QList<Pending> batch = std::exchange(m_queue, {});
        m_flushWanted = false;
        lock.unlock();
        QString failure;
        try {
            write(batch);
        } catch (const StoreError &e) {
            failure = e.message();
            qCWarning(lcRecording) << "events not written:" << e.detail();
        }
        lock.lock();
        if (failure.isEmpty()) {
            m_failuresInARow = 0;
            m_done += quint64(batch.size());
        } else if (++m_failuresInARow < kAttemptsBeforeGivingUp && !m_stopping) {
            // Tried again with the next batch: a busy store is usually free a moment later.
            m_queue = batch + m_queue;
            m_error = failure;
            lock.unlock();
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            lock.lock();
        } else {
            m_error = failure;
            m_lost += int(batch.size());
            m_done += quint64(batch.size());
        }
        m_written.notify_all();
    }
}

void AttemptWriter::write(const QList<Pending> &batch)
{
    const AttemptRepository attempts(m_database);
    Transaction transaction(m_database);
    QList<AttemptEvent> run;
    qint64 runAttempt = 0;
    for (const Pending &p : batch) {
        if (p.attemptId != runAttempt && !run.isEmpty()) {
            attempts.insertEvents(runAttempt, run);
            run.clear();
        }
        runAttempt = p.attemptId;
        run.append(p.event);
    }
    attempts.insertEvents(runAttempt, run);
    transaction.commit();
}

} // namespace ameli
