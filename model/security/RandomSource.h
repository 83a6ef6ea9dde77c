#pragma once

#include <QByteArray>
#include <QString>

namespace ameli {

// Every random choice of the journey: codes, tokens, CAPTCHA characters (libsodium's CSPRNG).
class RandomSource
{
public:
    // A number in [0, upperBound), without modulo bias.
    static quint32 uniform(quint32 upperBound);
    // `digits` decimal digits, leading zeros allowed (F5: "0107").
    static QString digits(int count);
    // A token of `bytes` random bytes as lower-case hex (16 bytes = 128 bits).
    static QString hexToken(int bytes = 16);
    // The hash under which a token is looked up, so that the store never holds the token.
    static QString tokenDigest(const QString &token);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace ameli
