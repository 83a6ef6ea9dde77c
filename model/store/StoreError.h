#pragma once

#include <QString>
#include <stdexcept>

namespace ameli {

// A store that cannot be opened or a query that failed. The text is the French message a
// user or a trainer reads; the technical detail stays in `detail()` for the log.
class StoreError : public std::runtime_error
{
public:
    StoreError(const QString &message, const QString &detail = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_detail(detail)
    {
    }

    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }

private:
    QString m_message;
    QString m_detail;
};

} // namespace ameli
