#include "TestStore.h"
#include "TestWorld.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/ServerLocation.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ameli;

namespace {

// A plain connection as `role`, as anyone with that role's password could open with psql:
// what row-level security must hold against is SQL the simulator never writes.
class RawConnection
{
public:
    explicit RawConnection(const ServerLocation &server)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setUserName(server.user());
        db.setConnectOptions(server.options());
        if (!db.open())
            qFatal("raw connection: %s", qPrintable(db.lastError().text()));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // The first column of the first row, or the error's SQLSTATE prefixed with "error ".
    QString ask(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return QStringLiteral("error ") + q.lastError().nativeErrorCode();
        if (q.isSelect())
            return q.next() ? q.value(0).toString() : QStringLiteral("no row");
        return QString::number(q.numRowsAffected());
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// A database of its own on the tests' server, for the cases that change the schema.
ServerLocation freshDatabase(const QString &name)
{
    const ServerLocation admin = TestStore::administrator();
    RawConnection(admin).ask(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    RawConnection(admin).ask(QStringLiteral("CREATE DATABASE %1").arg(name));
    QString problem;
    const QString keywords = qEnvironmentVariable("AMELI_TEST_PG");
    return *ServerLocation::parse(keywords + QStringLiteral(" dbname=") + name, QString(),
                                  &problem);
}

QString refusal(const ServerLocation &server)
{
    try {
        Database db(server);
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

} // namespace

// The classroom's server: stations kept apart by the server itself, the schema's version
// checked before a station starts, and the server's refusals told in French. Runs on the
// throwaway server scripts/test.sh starts.
class TestClassroomServer : public QObject
{
    Q_OBJECT

private slots:
    void locationsAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("problem");
        QTest::newRow("service") << "salle"
                                 << "service='salle'"
                                 << "poste-07"
                                 << "";
        QTest::newRow("uri") << "postgresql://formation.local:5433/ameli"
                             << "port='5433';host='formation.local';dbname='ameli'"
                             << "poste-07"
                             << "";
        QTest::newRow("uri with user")
            << "postgresql://poste-12@formation.local/ameli?sslmode=require"
            << "host='formation.local';dbname='ameli';sslmode='require'"
            << "poste-12"
            << "";
        QTest::newRow("socket folder") << "postgresql://%2Fvar%2Frun%2Fpostgresql/ameli"
                                       << "host='/var/run/postgresql';dbname='ameli'"
                                       << "poste-07"
                                       << "";
        QTest::newRow("keywords") << "host=/tmp/s port=5432 dbname=ameli"
                                  << "host='/tmp/s';port='5432';dbname='ameli'"
                                  << "poste-07"
                                  << "";
        QTest::newRow("password in uri") << "postgresql://poste-12:secret@formation.local/ameli"
                                         << ""
                                         << ""
                                         << "mot de passe";
        QTest::newRow("password keyword") << "host=formation.local password=secret"
                                          << ""
                                          << ""
                                          << "mot de passe";
        QTest::newRow("several hosts") << "postgresql://a.local,b.local/ameli"
                                       << ""
                                       << ""
                                       << "plusieurs serveurs";
        QTest::newRow("empty") << "  "
                               << ""
                               << ""
                               << "Indiquez le serveur";
    }

    void locationsAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(QString, options);
        QFETCH(QString, user);
        QFETCH(QString, problem);
        QString said;
        const auto location = ServerLocation::parse(text, QStringLiteral("poste-07"), &said);
        if (!problem.isEmpty()) {
            QVERIFY(!location);
            QVERIFY2(said.contains(problem), qPrintable(said));
            QVERIFY2(!said.contains(QLatin1String("secret")), qPrintable(said));
            return;
        }
        QVERIFY2(location, qPrintable(said));
        QVERIFY2(location->options().startsWith(options), qPrintable(location->options()));
        QCOMPARE(location->user(), user);
        QVERIFY(location->options().contains(QLatin1String("connect_timeout")));
    }

    // Each station sees and changes its own world only, even through SQL it writes itself.
    void stationsCannotReachEachOthersRows()
    {
        if (!TestStore::onServer())
            QSKIP("runs as tst_classroomserver_pg, on the throwaway server");
        TestWorld a;
        TestWorld b(false);
        // The same number in two worlds: each station has its own demo person.
        const qint64 bId = b.addPerson(QLatin1String(TestWorld::kNir), QDate(1985, 7, 14),
                                       QStringLiteral("b@exemple.fr"));
        a.requestCode();
        QCOMPARE(a.mails().everything(QLatin1String(TestWorld::kEmail)).size(), 1);
        QCOMPARE(b.mails().everything(QLatin1String(TestWorld::kEmail)).size(), 0);
        QCOMPARE(PersonRepository(*b.db).count(), 1);

        const RawConnection asB(TestStore::administrator().as(b.db->station()));
        QCOMPARE(asB.ask(QStringLiteral("SELECT count(*) FROM persons")), QStringLiteral("1"));
        QCOMPARE(asB.ask(QStringLiteral("SELECT count(*) FROM mails")), QStringLiteral("0"));
        QCOMPARE(
            asB.ask(QStringLiteral("SELECT count(*) FROM persons WHERE id = %1").arg(a.personId)),
            QStringLiteral("0"));
        QCOMPARE(asB.ask(QStringLiteral("UPDATE accounts SET failed_logins = 9 WHERE "
                                        "person_id = %1")
                             .arg(a.personId)),
                 QStringLiteral("0"));
        QCOMPARE(asB.ask(QStringLiteral("DELETE FROM mails")), QStringLiteral("0"));
        // Writing a row in another station's name: refused by the policy (42501).
        QCOMPARE(asB.ask(QStringLiteral("INSERT INTO mails (station, recipient, sender, subject, "
                                        "sent_at, html_body, folder) VALUES ('%1', 'x', 'y', "
                                        "'z', 0, '', 'inbox')")
                             .arg(a.db->station())),
                 QStringLiteral("error 42501"));
        QCOMPARE(asB.ask(QStringLiteral("UPDATE persons SET station = '%1' WHERE id = %2")
                             .arg(a.db->station())
                             .arg(bId)),
                 QStringLiteral("error 42501"));
        QCOMPARE(asB.ask(QStringLiteral("DROP TABLE mails")), QStringLiteral("error 42501"));
        QCOMPARE(asB.ask(QStringLiteral("SET ROLE \"%1\"").arg(a.db->station())),
                 QStringLiteral("error 42501"));
        // A's world is as it was.
        QCOMPARE(a.mails().everything(QLatin1String(TestWorld::kEmail)).size(), 1);

        // The trainer reads every station's rows, and changes none.
        const QString trainer =
            QStringLiteral("formateur-%1").arg(QCoreApplication::applicationPid());
        Database(TestStore::administrator(), Database::SchemaPolicy::Migrate)
            .addTrainerRole(trainer);
        const RawConnection asTrainer(TestStore::administrator().as(trainer));
        QCOMPARE(asTrainer.ask(QStringLiteral("SELECT count(*) FROM persons WHERE station IN "
                                              "('%1', '%2')")
                                   .arg(a.db->station(), b.db->station())),
                 QStringLiteral("2"));
        QCOMPARE(asTrainer.ask(QStringLiteral("DELETE FROM mails")), QStringLiteral("error 42501"));
    }

    void aServerOfAnotherVersionIsRefused()
    {
        if (!TestStore::onServer())
            QSKIP("runs as tst_classroomserver_pg, on the throwaway server");
        const ServerLocation admin = freshDatabase(QStringLiteral("ameli_versions"));
        const QString station =
            QStringLiteral("poste-v-%1").arg(QCoreApplication::applicationPid());
        // Not installed yet: the station is told what the trainer must run.
        QVERIFY(refusal(admin).contains(u"pas encore prête"));
        {
            Database setup(admin, Database::SchemaPolicy::Migrate);
            setup.addStationRole(station);
            QCOMPARE(setup.schemaVersion(), Database::kSchemaVersion);
        }
        QCOMPARE(refusal(admin.as(station)), QString());
        RawConnection(admin).ask(QStringLiteral("UPDATE ameli_schema SET version = %1")
                                     .arg(Database::kSchemaVersion + 1));
        const QString newer = refusal(admin.as(station));
        QVERIFY2(newer.contains(u"plus récente") && newer.contains(u"ameli_versions"),
                 qPrintable(newer));
        // An administrator's program of an older version does not touch it either.
        QVERIFY_THROWS_EXCEPTION(StoreError, Database(admin, Database::SchemaPolicy::Migrate));
        QCOMPARE(RawConnection(admin).ask(QStringLiteral("SELECT version FROM ameli_schema")),
                 QString::number(Database::kSchemaVersion + 1));
        RawConnection(admin).ask(QStringLiteral("UPDATE ameli_schema SET version = 4"));
        const QString older = refusal(admin.as(station));
        QVERIFY2(older.contains(u"plus ancienne") && older.contains(u"classroom-server.sh"),
                 qPrintable(older));
    }

    void refusalsAreToldInFrench()
    {
        if (!TestStore::onServer())
            QSKIP("runs as tst_classroomserver_pg, on the throwaway server");
        // A station the trainer never created.
        const QString unknown = refusal(TestStore::administrator().as(QStringLiteral("poste-99")));
        QVERIFY2(unknown.contains(u"a refusé ce poste") && unknown.contains(u"--station"),
                 qPrintable(unknown));
        // Nobody listening at that address.
        QString problem;
        const auto nowhere = ServerLocation::parse(QStringLiteral("postgresql://127.0.0.1:1/ameli"),
                                                   QStringLiteral("poste-01"), &problem);
        const QString unreachable = refusal(*nowhere);
        QVERIFY2(unreachable.contains(u"ne répond pas") && unreachable.contains(u"127.0.0.1:1"),
                 qPrintable(unreachable));
    }
};

QTEST_GUILESS_MAIN(TestClassroomServer)
#include "tst_classroomserver.moc"
