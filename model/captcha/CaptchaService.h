#pragma once

#include "CaptchaChallenge.h"

#include <QString>
#include <mutex>

namespace ameli {

class SimulationClock;

enum class CaptchaVerdict
{
    Accepted,
    Wrong,
    Expired,
    Missing
};

// Hands out CAPTCHA challenges and judges answers. Only the latest challenge counts; each is
// used once, and a wrong or late answer brings a new one so the user can try again (F4).
// Threads: the journey's worker checks and renews while the GUI's countdown reads the current
// challenge; every member is behind one mutex and the challenge is handed out as a copy that
// shares nothing with the service's own.
class CaptchaService
{
public:
    static constexpr int kLength = 6;
    // No look-alikes: no 0/O, no 1/I/L, so that what is read is what is typed.
    static QString alphabet() { return QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789"); }

    explicit CaptchaService(const SimulationClock &clock);

    CaptchaChallenge current() const;
    // The arrow button: a new list replaces the old one.
    CaptchaChallenge renew();
    // Case and spaces do not matter: the image shows capitals, people type as they like.
    CaptchaVerdict check(const QString &answer);

private:
    void renewLocked();

    mutable std::mutex m_mutex;
    const SimulationClock &m_clock;
    CaptchaChallenge m_current;
    quint64 m_serial = 0;
};

} // namespace ameli
