#pragma once

#include <QDateTime>

namespace ameli {

class Database;
class SecretHasher;
struct Person;

// Issues a new 4-digit provisional code (F5, F7): stores its Argon2id hash, replacing any
// previous code, lifts a lock-out, and mails the code to the address on file.
class ProvisionalCodeMailer
{
public:
    ProvisionalCodeMailer(const Database &database, const SecretHasher &hasher);
    void send(const Person &person, const QDateTime &now) const;

private:
    const Database &m_database;
    const SecretHasher &m_hasher;
};

} // namespace ameli
