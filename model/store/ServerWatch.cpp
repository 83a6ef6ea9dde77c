#include "ServerWatch.h"

#include "Database.h"

#include <algorithm>

namespace ameli {

namespace {
constexpr int kFirstDelay = 5;
constexpr int kLongestDelay = 30;
} // namespace

ServerWatch::ServerWatch(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ServerWatch::tick);
}

void ServerWatch::check()
{
    if (m_lost || !m_database.onServer())
        return;
    if (!m_database.serverReachable()) {
        m_delay = 0;
        lose();
    }
}

bool ServerWatch::tryNow()
{
    if (m_database.serverReachable()) {
        const bool wasLost = m_lost;
        m_lost = false;
        m_delay = 0;
        m_timer.stop();
        if (wasLost)
            emit restored();
        return true;
    }
    lose();
    return false;
}

void ServerWatch::lose()
{
    m_lost = true;
    m_delay = m_delay == 0 ? kFirstDelay : std::min(m_delay * 2, kLongestDelay);
    m_secondsLeft = m_delay;
    m_timer.start();
    emit countdown(m_secondsLeft);
}

void ServerWatch::tick()
{
    if (--m_secondsLeft > 0) {
        emit countdown(m_secondsLeft);
        return;
    }
    m_timer.stop();
    tryNow();
}

} // namespace ameli
