#pragma once

#include "ServerLocation.h"
#include "SqlDialect.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>

class QThread;

namespace ameli {

class StoreError;

// The simulator's store: its SQLite file, or a station's world on a classroom's PostgreSQL
// server. Opened, checked, migrated. Every query of the model goes through `prepare()` and
// `exec()`, which throw StoreError instead of failing silently.
class Database
{
public:
    static constexpr int kSchemaVersion = 5;
    // "AMLI": tells a simulator database from any other SQLite file.
    static constexpr int kApplicationId = 0x414D4C49;

    // Refuses (StoreError, its own French message for each case) a file that is not a
    // simulator database, comes from a newer version, is damaged, truncated, incomplete,
    // read-only or locked by another program, and leaves it untouched. Open a file once per
    // process: POSIX locks end when the process closes any descriptor of the file, and the
    // header is read with one.
    explicit Database(const QString &path);

    // What opening a server does with a schema older than this program's.
    enum class SchemaPolicy
    {
        Refuse,  // a station: says so, in French, and changes nothing
        Migrate, // the administrator who installs the classroom
    };
    // A station's world on a classroom server: the rows of the role it logs in as. Refuses a
    // server that cannot be reached, a role the server does not know, a schema of another
    // version (StoreError, French messages naming the server, never a password).
    explicit Database(const ServerLocation &server, SchemaPolicy policy = SchemaPolicy::Refuse);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The embedded default: a file in the user's data folder.
    static QString defaultPath();

    // The file, or what messages call the server.
    const QString &path() const { return m_path; }
    const SqlDialect &dialect() const { return m_dialect; }
    bool onServer() const { return m_dialect.engine() == SqlDialect::Engine::PostgreSQL; }
    // The station whose world this is on a server (the role it logs in as); empty for a file.
    const QString &station() const { return m_station; }
    // Administrator only: a station's login role on the server, member of the stations' role
    // (row-level security keeps it to its own rows). Nothing happens if it exists.
    void addStationRole(const QString &name) const;
    // Administrator only: a trainer's login role, which reads every station's rows.
    void addTrainerRole(const QString &name) const;

    // Pages are checked (SQLite's quick_check) before opening up to this size; a bigger store
    // (about 3 ms per MB) opens at once and is checked afterwards with checkPages().
    static constexpr qint64 kPagesCheckedAtOpenBytes = 16LL * 1024 * 1024;
    bool pagesCheckedAtOpen() const { return m_pagesCheckedAtOpen; }
    // The French message if a page is damaged, or nothing. Any thread: it opens a read-only
    // connection of its own.
    QString checkPages() const;
    // The calling thread's connection: the screens run slow actions (hashing a code) on a
    // worker thread, and SQLite connections cannot move between threads.
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // On a server: whether it answers now. A connection that lost its server is opened again
    // at its next use (here, or by any query): the caller learns when the room is back.
    bool serverReachable() const;

    // Empties the simulated world (persons, accounts, mails, providers) in one transaction: a
    // scenario starts from a clean store. The attempts on record are kept.
    void clearAllData() const;

    QSqlQuery prepare(const QString &sql) const;
    // A statement of the journey's hot path, prepared once per connection and kept: bind with
    // bindValue(), and finish() it once read (a kept statement left open would hold its read
    // snapshot). Only for statements whose results are read at once, never across a call that
    // could run the same statement.
    QSqlQuery &cached(const QString &sql) const;
    static void exec(QSqlQuery &query);
    // The French message for a query SQLite refused: a lock, a full disk, a damaged page.
    static StoreError failureOf(const QSqlQuery &query);
    // A statement without parameters.
    void run(const QString &sql) const;

private:
    void checkPlace() const;
    void checkExistingFile();
    void configure() const;
    void migrate();
    void migrateServer(SchemaPolicy policy);
    void openConnection(const QString &driver, const QString &shownName);
    void closeConnection();

    QSqlDatabase threadConnection() const;
    void reopen(QSqlDatabase &db) const;

    QString m_path;
    SqlDialect m_dialect{SqlDialect::Engine::SQLite};
    QString m_station;
    bool m_pagesCheckedAtOpen = true;
    QString m_connectionName;
    QThread *m_ownerThread;
    mutable QMutex m_clonesMutex;
    mutable QStringList m_clones;
    // Connection name and SQL to its kept statement; each is used by its connection's thread
    // only, the map itself is behind m_clonesMutex and its nodes never move.
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace ameli
