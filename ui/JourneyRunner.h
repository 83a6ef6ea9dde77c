#pragma once

#include "journey/JourneyResult.h"

#include <QObject>
#include <QThreadPool>
#include <functional>

// Runs a user action of the journey off the GUI thread, one at a time: hashing a code takes
// about 0.1 s (docs/benchmarks.md) and the window must never freeze. The store gives the
// worker thread its own connection.
class JourneyRunner : public QObject
{
    Q_OBJECT

public:
    using Action = std::function<ameli::JourneyResult()>;
    using Done = std::function<void(const ameli::JourneyResult &)>;

    explicit JourneyRunner(QObject *parent = nullptr);
    ~JourneyRunner() override;

    bool isBusy() const { return m_busy; }
    // Ignored while another action runs: the screens are disabled meanwhile anyway.
    void run(const Action &action, const Done &done);

signals:
    void busyChanged(bool busy);

private:
    QThreadPool m_pool;
    bool m_busy = false;
};
