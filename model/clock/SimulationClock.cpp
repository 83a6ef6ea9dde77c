#include "SimulationClock.h"

namespace ameli {

SimulationClock::SimulationClock(RealTimeSource realTime, QObject *parent)
    : QObject(parent)
    , m_realTime(realTime ? std::move(realTime) : [] { return QDateTime::currentDateTimeUtc(); })
{
}

QDateTime SimulationClock::now() const
{
    return m_realTime().toUTC().addMSecs(m_offsetMs.load(std::memory_order_acquire));
}

void SimulationClock::advance(std::chrono::milliseconds amount)
{
    // Time never runs backwards on this clock: expiries already shown must stay expired.
    if (amount.count() <= 0)
        return;
    const qint64 moved =
        m_offsetMs.fetch_add(amount.count(), std::memory_order_acq_rel) + amount.count();
    emit offsetChanged(std::chrono::milliseconds(moved));
}

void SimulationClock::reset()
{
    if (m_offsetMs.exchange(0, std::memory_order_acq_rel) == 0)
        return;
    emit offsetChanged(std::chrono::milliseconds{0});
}

} // namespace ameli
