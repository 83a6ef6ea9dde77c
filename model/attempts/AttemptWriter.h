#pragma once

#include "AttemptEvent.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace ameli {

class Database;

// Writes the event log on a thread of its own, in batches, so that recording never makes the
// window wait for the disk.
//
// Threads: events are values, copied into the queue (immutable once handed over). The queue,
// the counters and the last error are shared, behind m_mutex. The worker thread alone uses its
// SQLite connection (Database gives each thread its own). The standard library's thread, mutex
// and condition variable, not Qt's: ThreadSanitizer sees through them (Debian's Qt is not built
// for it), so the rule can be proved.
class AttemptWriter
{
public:
    explicit AttemptWriter(const Database &database);
    // Writes what is still queued, then stops the thread.
    ~AttemptWriter();
    AttemptWriter(const AttemptWriter &) = delete;
    AttemptWriter &operator=(const AttemptWriter &) = delete;

    void append(qint64 attemptId, const AttemptEvent &event);
    // Waits until every event appended so far is written. Returns the French message of the
    // last failure, if events could not be saved.
    QString flush();
    int lostEvents() const;
    // The French message of the store's last refusal (what happened, what to do).
    QString lastError() const;

private:
    struct Pending
    {
        qint64 attemptId;
        AttemptEvent event;
    };

    void work();
    void write(const QList<Pending> &batch);

    const Database &m_database;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_written;
    QList<Pending> m_queue;
    quint64 m_appended = 0;
    quint64 m_done = 0;
    int m_lost = 0;
    int m_failuresInARow = 0;
    bool m_flushWanted = false;
    bool m_stopping = false;
    QString m_error;
    std::thread m_thread;

    // Events gather this long before a batch is written, unless someone waits for them.
    static constexpr int kBatchDelayMs = 250;
    static constexpr int kAttemptsBeforeGivingUp = 5;
};

} // namespace ameli
