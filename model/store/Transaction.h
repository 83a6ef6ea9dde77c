#pragma once

namespace ameli {

class Database;

// One user action, one transaction: rolled back unless commit() is reached.
class Transaction
{
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    const Database &m_database;
    bool m_done = false;
};

} // namespace ameli
