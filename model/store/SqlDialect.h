#pragma once

#include <QString>

namespace ameli {

// The one place where SQLite and PostgreSQL differ in what the repositories write: the
// model's queries ask here for the few clauses the two engines spell differently.
class SqlDialect
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {
    }
    Engine engine() const { return m_engine; }

    // `column = ?`, whatever the case of either side (addresses).
    QString caselessEquals(const QString &column) const;
    // `column LIKE ? ESCAPE '\'`, whatever the case (SQLite's LIKE already ignores it).
    QString caselessLike(const QString &column) const;
    // What a person's number is unique among: the file's, or one station's world.
    QString personKey() const;
    // Starts a transaction that will write: SQLite takes its write lock at once (see
    // Transaction), PostgreSQL locks rows as they are written.
    QString beginWrite() const;

private:
    Engine m_engine;
};

} // namespace ameli
