#include "SqlDialect.h"

namespace ameli {

QString SqlDialect::caselessEquals(const QString &column) const
{
    if (m_engine == Engine::SQLite)
        return column + QStringLiteral(" = ? COLLATE NOCASE");
    return QStringLiteral("lower(%1) = lower(?)").arg(column);
}

QString SqlDialect::caselessLike(const QString &column) const
{
    if (m_engine == Engine::SQLite)
        return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
    return column + QStringLiteral(" ILIKE ? ESCAPE '\\'");
}

QString SqlDialect::personKey() const
{
    return m_engine == Engine::SQLite ? QStringLiteral("nir") : QStringLiteral("station, nir");
}

QString SqlDialect::beginWrite() const
{
    return m_engine == Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

} // namespace ameli
