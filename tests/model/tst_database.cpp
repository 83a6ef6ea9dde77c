#include "BadStores.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/ProviderRuleRepository.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ameli;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int pragma(const Database &db, const char *name)
{
    QSqlQuery q = db.prepare(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    Database::exec(q);
    return q.next() ? q.value(0).toInt() : -1;
}

// A SQLite file made by someone else, with a table of its own.
void writeForeignSqlite(const QString &path, int userVersion, int applicationId)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (t TEXT)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    // Step 3's email check uses an index, as the check compares (without case), on a store
    // made now and on one migrated from version 4.
    void emailCheckUsesAnIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        {
            Database db(path);
            db.run(QStringLiteral("DROP INDEX accounts_email"));
            db.run(QStringLiteral("PRAGMA user_version = 4"));
        }
        Database db(path);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QSqlQuery plan = db.prepare(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT 1 FROM accounts a WHERE a.email = ? COLLATE NOCASE"));
        plan.addBindValue(QStringLiteral("Camille.Martin@exemple.fr"));
        Database::exec(plan);
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(steps.contains(u"USING INDEX accounts_email") ||
                     steps.contains(u"USING COVERING INDEX accounts_email"),
                 qPrintable(steps));
    }

    void createsSchemaWithVersionWalAndForeignKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        Database db(path);
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(pragma(db, "application_id"), Database::kApplicationId);
        QCOMPARE(pragma(db, "foreign_keys"), 1);
        QSqlQuery q = db.prepare(QStringLiteral("PRAGMA journal_mode"));
        Database::exec(q);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // A store of schema 3 keeps its provider rules when the table is rebuilt for T4's
    // "program_blocks_links", which the new table then accepts.
    void schema3ProviderRulesSurviveTheMigration_T4()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            Database db(path);
            db.run(QStringLiteral("DROP TABLE provider_rules"));
            db.run(QStringLiteral(
                "CREATE TABLE provider_rules (id INTEGER PRIMARY KEY, address_pattern TEXT NOT "
                "NULL, behaviour TEXT NOT NULL CHECK (behaviour IN ('spam', 'delete_containing', "
                "'block_links')), word TEXT)"));
            db.run(QStringLiteral("INSERT INTO provider_rules (address_pattern, behaviour, word) "
                                  "VALUES ('boite-stricte.fr', 'delete_containing', 'confirm')"));
            db.run(QStringLiteral("PRAGMA user_version = 3"));
        }
        Database db(path);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        const ProviderRuleRepository rules(db);
        const QList<ProviderRule> kept = rules.rulesFor(QStringLiteral("pierre@boite-stricte.fr"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().behaviour, ProviderRule::Behaviour::DeleteContaining);
        QCOMPARE(kept.first().word, QStringLiteral("confirm"));
        rules.insert(
            {0, QStringLiteral("exemple.fr"), ProviderRule::Behaviour::ProgramBlocksLinks, {}});
        QCOMPARE(rules.rulesFor(QStringLiteral("antoine@exemple.fr")).first().behaviour,
                 ProviderRule::Behaviour::ProgramBlocksLinks);
    }

    void reopensItsOwnFileAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Database db(path);
            PersonRepository(db).insert({0,
                                         QStringLiteral("2850775056123"),
                                         QDate(1985, 7, 14),
                                         QStringLiteral("Camille"),
                                         QStringLiteral("Martin"),
                                         {}});
        }
        Database again(path);
        QCOMPARE(PersonRepository(again).count(), 1);
    }

    void refusesATextFileAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ceci n'est pas une base de données.\n");
        f.close();
        const QByteArray before = digestOf(path);
        try {
            Database db(path);
            QFAIL("a text file was opened as a store");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(u"n'est pas une base du simulateur"),
                     qPrintable(e.message()));
        }
        QCOMPARE(digestOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherProgramsSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        writeForeignSqlite(path, 3, 0);
        const QByteArray before = digestOf(path);
        QVERIFY_THROWS_EXCEPTION(StoreError, Database{path});
        QCOMPARE(digestOf(path), before);
    }

    void refusesAFileFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        writeForeignSqlite(path, Database::kSchemaVersion + 1, Database::kApplicationId);
        const QByteArray before = digestOf(path);
        try {
            Database db(path);
            QFAIL("a newer store was opened");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(u"version plus récente"), qPrintable(e.message()));
        }
        QCOMPARE(digestOf(path), before);
    }

    // Each damaged store gets its own French message, naming the file, before anything is
    // changed; the file stays byte for byte as it was.
    void damagedStoresAreRefusedWithTheirOwnMessage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("damaged page") << "page"
                                      << "est endommagée";
        QTest::newRow("missing table") << "table"
                                       << "la table « attempts » manque";
        QTest::newRow("truncated") << "truncate"
                                   << "est tronquée";
        QTest::newRow("newer schema") << "newer"
                                      << "version plus récente";
        QTest::newRow("directory") << "directory"
                                   << "est un dossier";
    }
    void damagedStoresAreRefusedWithTheirOwnMessage()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        if (damage == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QVERIFY(BadStores::makeGood(path));
            const bool done = damage == QLatin1String("page") ? BadStores::damagePage(path)
                              : damage == QLatin1String("table")
                                  ? BadStores::dropTable(path, QStringLiteral("attempts"))
                              : damage == QLatin1String("truncate")
                                  ? BadStores::truncateToHalf(path)
                                  : BadStores::raiseSchema(path);
            QVERIFY(done);
        }
        const QByteArray before = BadStores::fingerprint(path);
        try {
            Database db(path);
            QFAIL("a damaged store was opened");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        QCOMPARE(BadStores::fingerprint(path), before);
    }

    // A store too big to check before the window opens (about 3 ms per MB) opens at once;
    // its pages are checked afterwards, and a damaged one is said in French with the file.
    void bigStoreIsCheckedAfterOpening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        QVERIFY(BadStores::makeGood(path));
        QVERIFY(BadStores::edit(
            path, {QStringLiteral("CREATE TABLE filler (b BLOB)"),
                   QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM "
                                  "n WHERE x < 20) INSERT INTO filler SELECT zeroblob(1000000) "
                                  "FROM n")}));
        QVERIFY(QFileInfo(path).size() > Database::kPagesCheckedAtOpenBytes);
        {
            Database healthy(path);
            QVERIFY(!healthy.pagesCheckedAtOpen());
            QCOMPARE(healthy.checkPages(), QString());
        }
        QVERIFY(BadStores::damagePage(path));
        Database damaged(path);
        QVERIFY(!damaged.pagesCheckedAtOpen());
        const QString problem = damaged.checkPages();
        QVERIFY2(problem.contains(u"est endommagée") && problem.contains(path),
                 qPrintable(problem));

        // A small store is checked before it opens.
        const QString small = dir.filePath(QStringLiteral("small.sqlite"));
        QVERIFY(BadStores::makeGood(small));
        QVERIFY(Database(small).pagesCheckedAtOpen());
    }

    // Another program holding the store's lock is told at once, not after the 5-second wait
    // the journey's own actions allow each other.
    void storeLockedByAnotherProgramIsToldAtOnce_data()
    {
        QTest::addColumn<bool>("exclusive");
        QTest::newRow("writing") << false;
        QTest::newRow("exclusive, no reader either") << true;
    }
    void storeLockedByAnotherProgramIsToldAtOnce()
    {
        QFETCH(bool, exclusive);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(BadStores::makeGood(path, 3));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            if (exclusive)
                QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE persons SET last_name = 'Autre'")));
            QElapsedTimer waited;
            waited.start();
            try {
                Database db(path);
                QFAIL("a locked store was opened");
            } catch (const StoreError &e) {
                QVERIFY2(e.message().contains(u"bloquée par un autre programme"),
                         qPrintable(e.message() + e.detail()));
                QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            }
            QVERIFY2(waited.elapsed() < 5000, "waited for the lock as long as the journey does");
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database reopened(path);
        QCOMPARE(PersonRepository(reopened).count(), 3);
    }

    // A full disk during an action (simulated by capping the store's pages): the action is
    // refused with its own message, and what was saved before stays.
    void fullDiskRefusesTheActionAndKeepsTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("full.sqlite"));
        QVERIFY(BadStores::makeGood(path, 5));
        Database db(path);
        const int pages = pragma(db, "page_count");
        db.run(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        try {
            Transaction transaction(db);
            for (int i = 0; i < 2000; ++i) {
                Person p;
                p.nir13 = QStringLiteral("1850775%1").arg(200000 + i);
                p.birthDate = QDate(1985, 7, 14);
                p.firstName = QStringLiteral("Plein");
                p.lastName = QStringLiteral("Disque");
                PersonRepository(db).insert(p);
            }
            transaction.commit();
            QFAIL("the store grew past its last page");
        } catch (const StoreError &e) {
            QCOMPARE(int(e.kind()), int(StoreFailure::Kind::Full));
            QVERIFY2(e.message().contains(u"est plein"), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"l'action n'a pas été enregistrée"),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        QCOMPARE(PersonRepository(db).count(), 5);
    }

    // A simulator killed before SQLite folded its write-ahead log into the file: the file's
    // header is not up to date yet, and the store must still open, with its data.
    void reopensAfterACrashWithItsLogPending()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
        {
            Database db(live);
            PersonRepository(db).insert({0,
                                         QStringLiteral("2850775056123"),
                                         QDate(1985, 7, 14),
                                         QStringLiteral("Camille"),
                                         QStringLiteral("Martin"),
                                         {}});
            QVERIFY(QFile::exists(live + QStringLiteral("-wal")));
            // What a crash leaves on disk: the files as they are while the store is open.
            for (const char *suffix : {"", "-wal", "-shm"}) {
                QVERIFY(QFile::copy(live + QLatin1String(suffix), crashed + QLatin1String(suffix)));
            }
        }
        Database again(crashed);
        QCOMPARE(again.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(PersonRepository(again).count(), 1);
    }

    void adoptsAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database db(path);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("t.sqlite")));
        {
            Transaction t(db);
            PersonRepository(db).insert({0,
                                         QStringLiteral("2850775056123"),
                                         QDate(1985, 7, 14),
                                         QStringLiteral("Camille"),
                                         QStringLiteral("Martin"),
                                         {}});
        }
        QCOMPARE(PersonRepository(db).count(), 0);
    }

    void failingQueryThrowsWithAFrenchMessage()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("q.sqlite")));
        PersonRepository(db).insert({0,
                                     QStringLiteral("2850775056123"),
                                     QDate(1985, 7, 14),
                                     QStringLiteral("Camille"),
                                     QStringLiteral("Martin"),
                                     {}});
        try {
            // The same number twice breaks the UNIQUE constraint.
            PersonRepository(db).insert({0,
                                         QStringLiteral("2850775056123"),
                                         QDate(1985, 7, 14),
                                         QStringLiteral("Camille"),
                                         QStringLiteral("Martin"),
                                         {}});
            QFAIL("a duplicate was inserted");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(u"base de données"));
            QVERIFY(e.detail().contains(QStringLiteral("UNIQUE")));
        }
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("fk.sqlite")));
        QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO accounts (person_id) VALUES (999)"));
        QVERIFY_THROWS_EXCEPTION(StoreError, Database::exec(q));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
