#include "BadStores.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

// The simulator started on a damaged store, as a separate process, as a trainer starts it:
// a French message on its own (what happened, the file, what to do), exit status 2, and the
// file left byte for byte as it was. Read-only cases run as an unprivileged user when the
// test runs as root (CI does), since root may write any file.
class TestBadStoreCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString err;
    };

    static bool asRoot() { return geteuid() == 0; }

    // A folder anybody can enter, holding the store; its own home for the child process.
    static QString openFolder(const QTemporaryDir &dir)
    {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup);
        return dir.path();
    }

    static Run start(const QString &store, bool unprivileged, const QString &home,
                     const QStringList &more = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        process.setProcessEnvironment(env);
        const QStringList arguments = QStringList{QStringLiteral("--db"), store} + more;
        if (unprivileged && asRoot()) {
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                      QStringLiteral("--"), QStringLiteral(AMELI_EXECUTABLE)} +
                              arguments);
        } else {
            process.start(QStringLiteral(AMELI_EXECUTABLE), arguments);
        }
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("timeout: ") +
                            QString::fromUtf8(process.readAllStandardError())};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardError())};
    }

    static void makeWritableByAnybody(const QString &path)
    {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther | QFileDevice::WriteOther |
                                        QFileDevice::ReadGroup | QFileDevice::WriteGroup);
    }

private slots:
    void refusedWithItsOwnMessage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("damaged page") << "page"
                                      << "est endommagée";
        QTest::newRow("missing table") << "table"
                                       << "la table « mails » manque";
        QTest::newRow("truncated") << "truncate"
                                   << "est tronquée";
        QTest::newRow("newer schema") << "newer"
                                      << "version plus récente";
        QTest::newRow("directory in its place") << "directory"
                                                << "est un dossier";
        QTest::newRow("locked by another program") << "locked"
                                                   << "bloquée par un autre programme";
        QTest::newRow("read-only file") << "read-only file"
                                        << "est en lecture seule";
        QTest::newRow("read-only folder") << "read-only folder"
                                          << "Le dossier";
        QTest::newRow("not a store") << "text"
                                     << "n'est pas une base du simulateur";
    }
    void refusedWithItsOwnMessage()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QTemporaryDir dir;
        openFolder(dir);
        openFolder(home);
        makeWritableByAnybody(home.path());
        QFile::setPermissions(home.path(), QFileDevice::Permissions(0x7777));
        QString folder = dir.path();
        if (damage == QLatin1String("read-only folder")) {
            folder = dir.filePath(QStringLiteral("protected"));
            QVERIFY(QDir().mkpath(folder));
        }
        const QString path = folder + QStringLiteral("/store.sqlite");
        bool unprivileged = false;
        if (damage == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path));
        } else if (damage == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("nir;date_naissance\n").repeated(20));
        } else {
            QVERIFY(BadStores::makeGood(path));
            if (damage == QLatin1String("page"))
                QVERIFY(BadStores::damagePage(path));
            else if (damage == QLatin1String("table"))
                QVERIFY(BadStores::dropTable(path, QStringLiteral("mails")));
            else if (damage == QLatin1String("truncate"))
                QVERIFY(BadStores::truncateToHalf(path));
            else if (damage == QLatin1String("newer"))
                QVERIFY(BadStores::raiseSchema(path));
        }
        if (damage == QLatin1String("read-only file")) {
            // Root's file, readable by anybody, run as nobody; or, run as a user, write-protected.
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                    QFileDevice::ReadOther));
            unprivileged = true;
        }
        if (damage == QLatin1String("read-only folder")) {
            makeWritableByAnybody(path);
            QVERIFY(
                QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
            unprivileged = true;
        }

        const QByteArray before = BadStores::fingerprint(path);
        std::optional<QSqlDatabase> holder;
        std::optional<QSqlQuery> held;
        if (damage == QLatin1String("locked")) {
            holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            holder->setDatabaseName(path);
            QVERIFY(holder->open());
            held.emplace(*holder);
            QVERIFY(held->exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(held->exec(QStringLiteral("UPDATE persons SET last_name = 'Autre'")));
        }
        // (Reading the file while the lock is held would drop it: POSIX locks end when the
        // process closes any descriptor of the file.)
        const Run run = start(path, unprivileged, home.path());
        if (holder) {
            held->exec(QStringLiteral("ROLLBACK"));
            held.reset();
            holder->close();
            holder.reset();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7755));

        QVERIFY2(run.exitCode == 2, qPrintable(QString::number(run.exitCode) + run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(path) || run.err.contains(folder), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"--db") || run.err.contains(u"Fermez") ||
                     run.err.contains(u"Mettez le simulateur à jour"),
                 qPrintable(QStringLiteral("no advice: ") + run.err));
        if (damage != QLatin1String("locked")) {
            QCOMPARE(BadStores::fingerprint(path), before);
        } else {
            // The other program's transaction is its own: the simulator did not add to it.
            QVERIFY(BadStores::edit(path, {QStringLiteral("SELECT 1")}));
            QCOMPARE(BadStores::fingerprint(path), before);
        }
    }

    // --lang en: the same refusal, in English.
    void refusedInEnglishWhenAsked()
    {
        QTemporaryDir home;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(BadStores::makeGood(path));
        QVERIFY(BadStores::truncateToHalf(path));
        const Run run =
            start(path, false, home.path(), {QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"is truncated"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestBadStoreCommand)
#include "tst_badstorecommand.moc"
