#pragma once

#include <QDateTime>
#include <QObject>
#include <atomic>
#include <chrono>
#include <functional>

namespace ameli {

// The one clock every delay of the journey reads (rule K1). It runs with real time, plus an
// offset a trainer moves forward to show an expiry in seconds instead of waiting for it.
// Threads: moved on the GUI thread only (the trainer's panel, the kiosk), read from any thread
// (the journey's worker reads it during an action): the offset is atomic.
class SimulationClock : public QObject
{
    Q_OBJECT

public:
    using RealTimeSource = std::function<QDateTime()>;

    // Tests pass a fixed real-time source so that boundaries (exactly 5 minutes...) are exact.
    explicit SimulationClock(RealTimeSource realTime = {}, QObject *parent = nullptr);

    QDateTime now() const;
    std::chrono::milliseconds offset() const
    {
        return std::chrono::milliseconds(m_offsetMs.load(std::memory_order_acquire));
    }

    void advance(std::chrono::milliseconds amount);
    void reset();

signals:
    void offsetChanged(std::chrono::milliseconds offset);

private:
    RealTimeSource m_realTime;
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace ameli
