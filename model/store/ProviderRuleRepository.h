#pragma once

#include "mail/ProviderRule.h"

#include <QList>

namespace ameli {

class Database;

class ProviderRuleRepository
{
public:
    explicit ProviderRuleRepository(const Database &database);

    qint64 insert(const ProviderRule &rule) const;
    void remove(qint64 id) const;
    QList<ProviderRule> all() const;
    QList<ProviderRule> rulesFor(const QString &address) const;

private:
    const Database &m_database;
};

} // namespace ameli
