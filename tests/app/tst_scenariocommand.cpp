#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `--list-scenarios` and `--scenario`, run as a trainer runs them.
class TestScenarioCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, const QString &dataHome, bool withoutDisplay = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        if (withoutDisplay) {
            // As over SSH or on a server: a window would abort the program here.
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QLatin1String(name));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AMELI_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timeout")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void listsOneLinePerScenarioIdFirst()
    {
        QTemporaryDir home;
        const Run r = run({QStringLiteral("--list-scenarios")}, home.path());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 25);
        QVERIFY(lines.contains(QStringLiteral("nominal\tPremière activation du compte")));
        for (const QString &line : lines)
            QVERIFY2(line.split(u'\t').size() == 2, qPrintable(line));
    }

    // A trainer's file is listed; a malformed one is named with its problem, the others load.
    void trainersFilesAreLoadedAndBadOnesReported()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("ameli-simulator/scenarios"));
        QVERIFY(QDir().mkpath(folder));
        QFile good(folder + QStringLiteral("/mardi.json"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(
            R"({"id":"mardi","title":"Séance du mardi","objective":"o","persona":"2850775056123"})");
        good.close();
        QFile bad(folder + QStringLiteral("/casse.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ pas du JSON");
        bad.close();
        const Run r = run({QStringLiteral("--list-scenarios")}, home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("mardi\tSéance du mardi")));
        QVERIFY(r.out.contains(QStringLiteral("nominal\t")));
        QVERIFY2(r.err.contains(QStringLiteral("casse.json")) && r.err.contains(u"JSON invalide"),
                 qPrintable(r.err));
    }

    void unknownScenarioIsRefused()
    {
        QTemporaryDir home;
        const Run r =
            run({QStringLiteral("--scenario"), QStringLiteral("inexistant")}, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"Scénario inconnu « inexistant »"));
    }

    // Help, a mistake on the command line and an unknown scenario answer without a display,
    // in the language asked for, with their exit status.
    void answersWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                              << QStringLiteral("Simulateur du parcours « compte ameli »");
        QTest::newRow("help in English")
            << QStringList{QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}
            << 0 << QStringLiteral("Simulator of the “compte ameli” journey");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--inconnue")} << 2 << QStringLiteral("Option inconnue");
        QTest::newRow("unknown option in English")
            << QStringList{QStringLiteral("--lang=en"), QStringLiteral("--inconnue")} << 2
            << QStringLiteral("See ameli-simulator --help");
        QTest::newRow("unknown scenario")
            << QStringList{QStringLiteral("--scenario"), QStringLiteral("inexistant")} << 2
            << QStringLiteral("Scénario inconnu « inexistant »");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de")} << 2
            << QStringLiteral("Langue inconnue « de »");
        QTest::newRow("kiosk idle not a number")
            << QStringList{QStringLiteral("--kiosk"), QStringLiteral("--kiosk-idle"),
                           QStringLiteral("trois")}
            << 2 << QStringLiteral("--kiosk-idle attend un nombre de secondes");
        QTest::newRow("kiosk countdown too long")
            << QStringList{QStringLiteral("--kiosk"), QStringLiteral("--kiosk-countdown"),
                           QStringLiteral("9000")}
            << 2 << QStringLiteral("--kiosk-countdown attend un nombre de secondes");
        QTest::newRow("kiosk delays without kiosk")
            << QStringList{QStringLiteral("--kiosk-idle"), QStringLiteral("60")} << 2
            << QStringLiteral("ne servent qu'avec --kiosk");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                                 << QStringLiteral("ameli-simulator ");
    }

    void answersWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QTemporaryDir home;
        const Run r = run(arguments, home.path(), true);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestScenarioCommand)
#include "tst_scenariocommand.moc"
