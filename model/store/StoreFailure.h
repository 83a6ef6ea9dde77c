#pragma once

#include <QString>

class QSqlError;

namespace ameli {

// What went wrong with the store, told apart from SQLite's or PostgreSQL's answer, and the French
// message that says what happened, what it changed and what to do, with the file's path.
class StoreFailure
{
public:
    enum class Kind
    {
        Locked,      // another program holds the file's lock
        ReadOnly,    // the file or its folder cannot be written
        Damaged,     // damaged pages, a truncated file, a missing table
        Full,        // no room left on the disk (or the size the store may reach)
        DiskError,   // the system refused a read or a write
        Unreachable, // the classroom's server does not answer, or the connection was lost
        Denied,      // the server refused this station (unknown role, no password, no base)
        Other,
    };
    // When it happened: opening the store changes nothing; a later action is not saved.
    enum class Moment
    {
        Opening,
        Action
    };

    // `driver`: Qt's driver name, "QSQLITE" or "QPSQL"; their error codes differ.
    static Kind kindOf(const QSqlError &error, const QString &driver = QStringLiteral("QSQLITE"));
    static QString message(Kind kind, const QString &path, Moment moment);
};

} // namespace ameli
