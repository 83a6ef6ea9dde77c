#pragma once

#include <QStringList>

namespace ameli {

// The classroom server's schema: the same tables as the SQLite file, each row owned by a
// station (`station`, the role that wrote it), row-level security so that a station's role
// reads and writes its own rows only, and a trainer's role that reads every station's.
// Kept beside the SQLite schema's versions: version N here holds what version N holds there.
class PostgresSchema
{
public:
    // The first version a server was ever created at (the SQLite file's fifth).
    static constexpr int kFirstVersion = 5;
    // The statements that bring a server from `fromVersion` (0: nothing yet) to `toVersion`.
    static QStringList steps(int fromVersion, int toVersion);
};

} // namespace ameli
