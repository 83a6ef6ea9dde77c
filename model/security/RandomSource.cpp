#include "RandomSource.h"

#include "SodiumRuntime.h"

#include <sodium.h>

namespace ameli {

quint32 RandomSource::uniform(quint32 upperBound)
{
    SodiumRuntime::ensureInitialised();
    return randombytes_uniform(upperBound);
}

QString RandomSource::digits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + char16_t(uniform(10))));
    return out;
}

QString RandomSource::hexToken(int bytes)
{
    SodiumRuntime::ensureInitialised();
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toHex());
}

QString RandomSource::tokenDigest(const QString &token)
{
    SodiumRuntime::ensureInitialised();
    const QByteArray in = token.toUtf8();
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(in.constData()),
                       size_t(in.size()), nullptr, 0);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(out), int(sizeof out)).toHex());
}

bool RandomSource::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace ameli
