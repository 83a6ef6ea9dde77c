#pragma once

#include <QDateTime>
#include <QString>

namespace ameli {

class Database;

// Creates a validation link (a fresh 128-bit token, kept only as a digest) and mails it (V2).
// The newest link is the one that works (V7).
class ValidationMailer
{
public:
    explicit ValidationMailer(const Database &database);
    void send(qint64 personId, const QString &email, const QDateTime &now) const;

private:
    const Database &m_database;
};

} // namespace ameli
