#pragma once

#include "StoreFailure.h"

#include <QString>
#include <stdexcept>

namespace ameli {

// A store that cannot be opened or a query that failed. The text is the French message a
// user or a trainer reads; the technical detail stays in `detail()` for the log.
class StoreError : public std::runtime_error
{
public:
    StoreError(const QString &message, const QString &detail = {},
               StoreFailure::Kind kind = StoreFailure::Kind::Other)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_detail(detail)
        , m_kind(kind)
    {
    }

    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    // What SQLite said, when it said something the user can act on (a lock, a full disk).
    StoreFailure::Kind kind() const { return m_kind; }

private:
    QString m_message;
    QString m_detail;
    StoreFailure::Kind m_kind;
};

} // namespace ameli
