#include "CaptchaService.h"

#include "clock/SimulationClock.h"
#include "rules/JourneyDelays.h"
#include "security/RandomSource.h"

namespace ameli {

CaptchaService::CaptchaService(const SimulationClock &clock)
    : m_clock(clock)
{
    renewLocked();
}

namespace {

// A copy that shares no text with the service's own: the other thread may replace that one,
// and QString's shared counter lives in Qt, where ThreadSanitizer cannot follow it.
CaptchaChallenge unshared(const CaptchaChallenge &challenge)
{
    CaptchaChallenge copy = challenge;
    copy.characters = QString(challenge.characters.constData(), challenge.characters.size());
    return copy;
}

} // namespace

CaptchaChallenge CaptchaService::current() const
{
    const std::lock_guard lock(m_mutex);
    return unshared(m_current);
}

CaptchaChallenge CaptchaService::renew()
{
    const std::lock_guard lock(m_mutex);
    renewLocked();
    return unshared(m_current);
}

void CaptchaService::renewLocked()
{
    const QString letters = alphabet();
    CaptchaChallenge next;
    next.serial = ++m_serial;
    for (int i = 0; i < kLength; ++i)
        next.characters.append(letters.at(int(RandomSource::uniform(quint32(letters.size())))));
    next.issuedAt = m_clock.now();
    next.expiresAt = next.issuedAt.addMSecs(delays::kCaptchaLifetime.count());
    m_current = next;
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
    const std::lock_guard lock(m_mutex);
    // F3: at 5 minutes exactly the challenge is no longer accepted.
    const bool expired = m_clock.now() >= m_current.expiresAt;
    const bool right = typed == m_current.characters;
    renewLocked();
    if (expired)
        return CaptchaVerdict::Expired;
    return right ? CaptchaVerdict::Accepted : CaptchaVerdict::Wrong;
}

} // namespace ameli
