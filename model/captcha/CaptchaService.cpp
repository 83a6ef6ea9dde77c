#include "CaptchaService.h"

#include "clock/SimulationClock.h"
#include "rules/JourneyDelays.h"
#include "security/RandomSource.h"

namespace ameli {

CaptchaService::CaptchaService(const SimulationClock &clock)
    : m_clock(clock)
{
    renew();
}

const CaptchaChallenge &CaptchaService::renew()
{
    const QString letters = alphabet();
    CaptchaChallenge next;
    next.serial = ++m_serial;
    for (int i = 0; i < kLength; ++i)
        next.characters.append(letters.at(int(RandomSource::uniform(quint32(letters.size())))));
    next.issuedAt = m_clock.now();
    next.expiresAt = next.issuedAt.addMSecs(delays::kCaptchaLifetime.count());
    m_current = next;
    return m_current;
}

CaptchaVerdict CaptchaService::check(const QString &answer)
{
    QString typed;
    for (QChar c : answer) {
        if (!c.isSpace())
            typed.append(c.toUpper());
    }
    if (typed.isEmpty())
        return CaptchaVerdict::Missing;
    // F3: at 5 minutes exactly the challenge is no longer accepted.
    const bool expired = m_clock.now() >= m_current.expiresAt;
    const bool right = typed == m_current.characters;
    renew();
    if (expired)
        return CaptchaVerdict::Expired;
    return right ? CaptchaVerdict::Accepted : CaptchaVerdict::Wrong;
}

} // namespace ameli
