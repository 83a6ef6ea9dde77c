#pragma once

#include "CommandLine.h"
#include "store/Database.h"
#include "store/ServerLocation.h"

#include <QString>
#include <memory>
#include <optional>

// Where this run keeps its world: the SQLite file (--db or the default), or a classroom's
// server (--server, remembered with --station in the settings until --local). Immutable.
class StoreChoice
{
public:
    // Nothing, and a French reason in `problem`, if --server cannot be used as written.
    static std::optional<StoreChoice> resolve(const CommandLine &options, QString *problem);

    bool onServer() const { return m_server.has_value(); }
    const ameli::ServerLocation &server() const { return *m_server; }
    // Throws StoreError with the message to show.
    std::unique_ptr<ameli::Database>
    open(ameli::Database::SchemaPolicy policy = ameli::Database::SchemaPolicy::Refuse) const;

private:
    QString m_path;
    std::optional<ameli::ServerLocation> m_server;
};
