#include "SecretHasher.h"

#include "SodiumRuntime.h"

#include <sodium.h>
#include <stdexcept>

namespace ameli {

SecretHasher::SecretHasher(Cost cost)
    : m_cost(cost)
{
    SodiumRuntime::ensureInitialised();
}

QString SecretHasher::hash(const QString &secret) const
{
    const QByteArray utf8 = secret.toUtf8();
    const bool minimal = m_cost == Cost::Minimal;
    const unsigned long long ops =
        minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("Argon2id: not enough memory to hash a code");
    }
    return QString::fromLatin1(out);
}

bool SecretHasher::verify(const QString &encodedHash, const QString &secret) const
{
    if (encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

} // namespace ameli
