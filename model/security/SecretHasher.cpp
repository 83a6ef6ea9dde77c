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

namespace {

// Hashes of a random secret nobody kept, one per cost: checked against when nothing is stored.
const char kDecoyInteractive[] = "$argon2id$v=19$m=65536,t=2,p=1$ZsiNyOF4g6W4VeAQyM3ljg$"
                                 "IPGbmXcYNHNTgFUqvcglBAO5wrKftE4J+1qm1L/vy+g";
const char kDecoyMinimal[] = "$argon2id$v=19$m=8,t=1,p=1$7HoM3xMx33XpCeiOop0IsQ$"
                             "PNM69d0aYcpaFkECk09tJiDkuPF0723gm12hgQ9zp6U";

} // namespace

bool SecretHasher::verify(const QString &encodedHash, const QString &secret) const
{
    // Nothing stored (no code yet, or a number nobody has): the same work is done, so that
    // the time an answer takes does not tell which numbers exist.
    const bool nothingStored = encodedHash.isEmpty();
    const QByteArray stored =
        nothingStored ? QByteArray(m_cost == Cost::Minimal ? kDecoyMinimal : kDecoyInteractive)
                      : encodedHash.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    m_verifications.fetch_add(1, std::memory_order_relaxed);
    const bool matches =
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
    return matches && !nothingStored;
}

} // namespace ameli
