#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>

namespace ameli {

// Argon2id (libsodium) for every code the store keeps: personal and provisional codes are
// never stored, logged or compared in clear.
class SecretHasher
{
public:
    enum class Cost
    {
        // libsodium's interactive limits: what a login can afford (about 0.1 s, 64 MiB).
        Interactive,
        // The smallest limits libsodium allows: for tests and bulk demo data only.
        Minimal,
    };

    explicit SecretHasher(Cost cost = Cost::Interactive);
    SecretHasher(const SecretHasher &other)
        : m_cost(other.m_cost)
    {
    }
    SecretHasher &operator=(const SecretHasher &other)
    {
        m_cost = other.m_cost;
        return *this;
    }

    // The encoded Argon2id string ($argon2id$v=19$...), salt and parameters included.
    QString hash(const QString &secret) const;
    // Constant time, whatever the secret's length or the stored hash's cost. With nothing
    // stored, a decoy of this hasher's cost is checked, and the answer is no.
    bool verify(const QString &encodedHash, const QString &secret) const;
    // How many verifications were done: the tests check that every refusal costs the same.
    // Atomic: the journey's worker thread verifies while the GUI may read it.
    quint64 verifications() const { return m_verifications.load(std::memory_order_relaxed); }

    Cost cost() const { return m_cost; }

private:
    Cost m_cost;
    mutable std::atomic<quint64> m_verifications{0};
};

} // namespace ameli
