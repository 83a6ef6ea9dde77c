#include "SimulationClock.h"

namespace ameli {

SimulationClock::SimulationClock(RealTimeSource realTime, QObject *parent)
    : QObject(parent)
    , m_realTime(realTime ? std::move(realTime) : [] { return QDateTime::currentDateTimeUtc(); })
{
}

QDateTime SimulationClock::now() const
{
    return m_realTime().toUTC().addMSecs(m_offset.count());
}

void SimulationClock::advance(std::chrono::milliseconds amount)
{
    // Time never runs backwards on this clock: expiries already shown must stay expired.
    if (amount.count() <= 0)
        return;
    m_offset += amount;
    emit offsetChanged(m_offset);
}

void SimulationClock::reset()
{
    if (m_offset.count() == 0)
        return;
    m_offset = std::chrono::milliseconds{0};
    emit offsetChanged(m_offset);
}

} // namespace ameli
