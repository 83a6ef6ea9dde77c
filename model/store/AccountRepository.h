#pragma once

#include "journey/Account.h"

#include <optional>

namespace ameli {

class Database;

class AccountRepository
{
public:
    explicit AccountRepository(const Database &database);

    std::optional<Account> load(qint64 personId) const;
    // Every person has an account row from insertion on: a missing one is a store failure.
    Account require(qint64 personId) const;
    void save(const Account &account) const;

    // D5: is this address already the address of another account? An address waiting for
    // validation counts until it is forgotten (sent at or before `forgottenBefore`).
    bool emailUsedByAnother(const QString &email, qint64 personId,
                            const QDateTime &forgottenBefore) const;

private:
    const Database &m_database;
};

} // namespace ameli
