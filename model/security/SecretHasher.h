#pragma once

#include <QByteArray>
#include <QString>

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

    // The encoded Argon2id string ($argon2id$v=19$...), salt and parameters included.
    QString hash(const QString &secret) const;
    // Constant time, whatever the secret's length or the stored hash's cost.
    bool verify(const QString &encodedHash, const QString &secret) const;

    Cost cost() const { return m_cost; }

private:
    Cost m_cost;
};

} // namespace ameli
