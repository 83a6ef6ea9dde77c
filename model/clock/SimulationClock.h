#pragma once

#include <QDateTime>
#include <QObject>
#include <chrono>
#include <functional>

namespace ameli {

// The one clock every delay of the journey reads (rule K1). It runs with real time, plus an
// offset a trainer moves forward to show an expiry in seconds instead of waiting for it.
class SimulationClock : public QObject
{
    Q_OBJECT

public:
    using RealTimeSource = std::function<QDateTime()>;

    // Tests pass a fixed real-time source so that boundaries (exactly 5 minutes...) are exact.
    explicit SimulationClock(RealTimeSource realTime = {}, QObject *parent = nullptr);

    QDateTime now() const;
    std::chrono::milliseconds offset() const { return m_offset; }

    void advance(std::chrono::milliseconds amount);
    void reset();

signals:
    void offsetChanged(std::chrono::milliseconds offset);

private:
    RealTimeSource m_realTime;
    std::chrono::milliseconds m_offset{0};
};

} // namespace ameli
