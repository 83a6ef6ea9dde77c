#pragma once

#include "store/Database.h"
#include "store/ServerLocation.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <atomic>
#include <memory>

// The store a model test runs on: a SQLite file in the test's folder, or, when CTest runs the
// test's PostgreSQL twin (AMELI_TEST_ENGINE=postgresql), a station of its own on the
// throwaway server scripts/test.sh starts (AMELI_TEST_PG: libpq keywords, as its
// administrator). Each world is a new station: worlds never see each other, as in a classroom.
namespace TestStore {

inline bool onServer()
{
    return qEnvironmentVariable("AMELI_TEST_ENGINE") == QLatin1String("postgresql");
}

// The throwaway server as its administrator, on the tests' database (created at first use).
inline ameli::ServerLocation administrator()
{
    const QString keywords = qEnvironmentVariable("AMELI_TEST_PG");
    if (keywords.isEmpty()) {
        qFatal("AMELI_TEST_ENGINE=postgresql needs AMELI_TEST_PG: run the tests with "
               "scripts/test.sh, which starts a throwaway PostgreSQL server");
    }
    QString problem;
    static const bool created = [&] {
        const auto server = ameli::ServerLocation::parse(
            keywords + QStringLiteral(" dbname=postgres"), QString(), &problem);
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-store-admin"));
        db.setUserName(server->user());
        db.setConnectOptions(server->options());
        if (db.open()) {
            // Two test programs may start at once: the second is told the base exists.
            QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE ameli_test"));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-store-admin"));
        return true;
    }();
    Q_UNUSED(created);
    const auto server = ameli::ServerLocation::parse(
        keywords + QStringLiteral(" dbname=ameli_test"), QString(), &problem);
    if (!server)
        qFatal("AMELI_TEST_PG: %s", qPrintable(problem));
    return *server;
}

// A new station's login role on the tests' server, its schema installed.
inline ameli::ServerLocation newStation()
{
    static std::atomic<int> counter{0};
    const ameli::ServerLocation admin = administrator();
    const QString station =
        QStringLiteral("poste-%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        ameli::Database setup(admin, ameli::Database::SchemaPolicy::Migrate);
        setup.addStationRole(station);
    }
    return admin.as(station);
}

// Makes `table` refuse the rows `world` writes from now on: on a file the table goes; on a
// server, the administrator adds a policy that refuses that station's new rows (a station's
// role cannot change the schema, and other tests share the server).
inline void refuseWrites(const ameli::Database &world, const QString &table)
{
    if (!world.onServer()) {
        world.run(QStringLiteral("DROP TABLE %1").arg(table));
        return;
    }
    ameli::Database admin(administrator(), ameli::Database::SchemaPolicy::Migrate);
    admin.run(QStringLiteral("CREATE POLICY \"refuse-%1\" ON %2 AS RESTRICTIVE FOR INSERT "
                             "TO \"%1\" WITH CHECK (false)")
                  .arg(world.station(), table));
}

inline std::unique_ptr<ameli::Database> open(const QTemporaryDir &dir,
                                             const QString &file = QStringLiteral("test.sqlite"))
{
    if (onServer()) {
        try {
            return std::make_unique<ameli::Database>(newStation());
        } catch (const ameli::StoreError &e) {
            // Said whole: a test cannot go on without its store.
            qFatal("%s\n%s", qPrintable(e.message()), qPrintable(e.detail()));
        }
    }
    return std::make_unique<ameli::Database>(dir.filePath(file));
}

} // namespace TestStore
