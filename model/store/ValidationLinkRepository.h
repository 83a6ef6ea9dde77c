#pragma once

#include "journey/ValidationLink.h"

#include <optional>

namespace ameli {

class Database;

class ValidationLinkRepository
{
public:
    explicit ValidationLinkRepository(const Database &database);

    qint64 insert(qint64 personId, const QString &tokenDigest, const QString &email,
                  const QDateTime &sentAt) const;
    std::optional<ValidationLink> findByDigest(const QString &tokenDigest) const;
    std::optional<ValidationLink> latestFor(qint64 personId) const;
    void markUsed(qint64 id, const QDateTime &at) const;
    void deleteFor(qint64 personId) const;

private:
    const Database &m_database;
};

} // namespace ameli
