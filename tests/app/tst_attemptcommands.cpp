#include "store/AttemptRepository.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ameli;

// `--export-attempts`, `--since`, `--participant`, `--ux-plan` as a tester runs them: the files,
// the filters, and a French message with the right exit status when something is wrong.
class TestAttemptCommands : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AMELI_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {-1, {}, QStringLiteral("timeout")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A store with three attempts: P01 and P02 on "nominal", P02 on "t2", on three days.
    QString storeWithAttempts()
    {
        const QString path = m_home.filePath(QStringLiteral("salle-%1.sqlite").arg(++m_stores));
        Database db(path);
        const AttemptRepository attempts(db);
        const QDateTime day(QDate(2026, 3, 2), QTime(9, 0), Qt::LocalTime);
        const std::pair<const char *, const char *> rows[] = {
            {"P01", "nominal"}, {"P02", "nominal"}, {"P02", "t2-courrier-indesirable"}};
        for (int i = 0; i < 3; ++i) {
            AttemptSpec spec;
            spec.participant = QLatin1String(rows[i].first);
            spec.scenarioId = QLatin1String(rows[i].second);
            spec.mode = AttemptMode::Exam;
            const qint64 id = attempts.begin(spec, day.addDays(i), day);
            AttemptEvent e;
            e.seq = 1;
            e.kind = EventKind::PageShown;
            e.step = QStringLiteral("home");
            e.simTime = day;
            attempts.insertEvents(id, {e});
            attempts.end(id, AttemptOutcome::Reached, day.addDays(i).addSecs(60), 60000);
        }
        return path;
    }

    static int csvRows(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return int(f.readAll().count("\r\n")) - 1;
    }

private slots:
    void exportWritesEveryFile()
    {
        const QString db = storeWithAttempts();
        const QString out = m_home.filePath(QStringLiteral("export"));
        const Run r = run({QStringLiteral("--db"), db, QStringLiteral("--export-attempts"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"3 tentative(s)"), qPrintable(r.out + r.err));
        for (const char *name :
             {"attempts.csv", "steps.csv", "events.csv", "attempts.json", "statements.jsonl"}) {
            QVERIFY2(QFile::exists(QDir(out).filePath(QLatin1String(name))), name);
            QVERIFY(r.out.contains(QLatin1String(name)));
        }
        QCOMPARE(csvRows(QDir(out).filePath(QStringLiteral("attempts.csv"))), 3);
    }

    void exportFilters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("attempts");
        QTest::newRow("since a day (ISO)")
            << QStringList{QStringLiteral("--since"), QStringLiteral("2026-03-03")} << 2;
        QTest::newRow("since a day (French)")
            << QStringList{QStringLiteral("--since"), QStringLiteral("04/03/2026")} << 1;
        QTest::newRow("one participant")
            << QStringList{QStringLiteral("--participant"), QStringLiteral("P02")} << 2;
        QTest::newRow("one scenario")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("nominal")} << 2;
        QTest::newRow("all three")
            << QStringList{QStringLiteral("--participant"), QStringLiteral("P02"),
                           QStringLiteral("--scenario"),    QStringLiteral("nominal"),
                           QStringLiteral("--since"),       QStringLiteral("2026-03-02")}
            << 1;
    }

    void exportFilters()
    {
        QFETCH(QStringList, filters);
        QFETCH(int, attempts);
        const QString db = storeWithAttempts();
        const QString out =
            m_home.filePath(QStringLiteral("filtre-%1").arg(QTest::currentDataTag()));
        const Run r =
            run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--export-attempts"), out} +
                filters);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(csvRows(QDir(out).filePath(QStringLiteral("attempts.csv"))), attempts);
    }

    // A folder that cannot be made: status 1, a French message, nothing written.
    void exportToAnUnwritablePlaceSaysSo()
    {
        const QString db = storeWithAttempts();
        QFile blocker(m_home.filePath(QStringLiteral("un-fichier")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run r = run({QStringLiteral("--db"), db, QStringLiteral("--export-attempts"),
                           blocker.fileName() + QStringLiteral("/export")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"Impossible de créer le dossier"));
        QVERIFY(r.err.contains(u"Rien n'a été exporté"));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("a name as participant code")
            << QStringList{QStringLiteral("--participant"), QStringLiteral("Jean Dupont")}
            << QStringLiteral("Code de participant invalide « Jean Dupont »");
        QTest::newRow("a date that does not exist")
            << QStringList{QStringLiteral("--export-attempts"), QStringLiteral("x"),
                           QStringLiteral("--since"), QStringLiteral("31/02/2026")}
            << QStringLiteral("Date invalide « 31/02/2026 »");
        QTest::newRow("--since alone")
            << QStringList{QStringLiteral("--since"), QStringLiteral("2026-03-02")}
            << QStringLiteral("--since ne sert qu'avec --export-attempts");
        QTest::newRow("a plan without participant")
            << QStringList{QStringLiteral("--ux-plan"), QStringLiteral("plan.json")}
            << QStringLiteral("--ux-plan demande aussi --participant");
    }

    void badOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // A malformed plan is named with its problem, before any window opens.
    void malformedPlanIsNamedWithItsProblem()
    {
        const QString plan = m_home.filePath(QStringLiteral("plan.json"));
        QFile f(plan);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x","scenario":"inconnu"}]})");
        f.close();
        const Run r = run({QStringLiteral("--ux-plan"), plan, QStringLiteral("--participant"),
                           QStringLiteral("P01"), QStringLiteral("--db"),
                           m_home.filePath(QStringLiteral("plan.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Plan de test refusé, %1 : tâche 1 : « scenario » "
                                               "inconnu : « inconnu »")
                                    .arg(plan)),
                 qPrintable(r.err));
    }

private:
    QTemporaryDir m_home;
    int m_stores = 0;
};

QTEST_GUILESS_MAIN(TestAttemptCommands)
#include "tst_attemptcommands.moc"
