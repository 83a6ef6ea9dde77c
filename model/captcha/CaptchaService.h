#pragma once

#include "CaptchaChallenge.h"

#include <QString>

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
class CaptchaService
{
public:
    static constexpr int kLength = 6;
    // No look-alikes: no 0/O, no 1/I/L, so that what is read is what is typed.
    static QString alphabet() { return QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789"); }

    explicit CaptchaService(const SimulationClock &clock);

    const CaptchaChallenge &current() const { return m_current; }
    // The arrow button: a new list replaces the old one.
    const CaptchaChallenge &renew();
    // Case and spaces do not matter: the image shows capitals, people type as they like.
    CaptchaVerdict check(const QString &answer);

private:
    const SimulationClock &m_clock;
    CaptchaChallenge m_current;
    quint64 m_serial = 0;
};

} // namespace ameli
