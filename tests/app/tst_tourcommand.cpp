#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `ameli-simulator --tour DIR`: the storyboard, written as a trainer would ask for it.
class TestTourCommand : public QObject
{
    Q_OBJECT

private slots:
    void writesOnePicturePerScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("français") << "fr";
        QTest::newRow("english") << "en";
    }

    void writesOnePicturePerScreen()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("storyboard"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // As on a machine with no display at all.
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AMELI_EXECUTABLE),
                      {QStringLiteral("--tour"), out, QStringLiteral("--lang"), language});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList files =
            QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 20, qPrintable(files.join(u' ')));
        QVERIFY(files.first().startsWith(QStringLiteral("01-accueil")));
        // Every page the issue lists, and the expiries reached by moving the clock.
        for (const char *step :
             {"connexion", "code-oublie-captcha", "captcha-errone", "captcha-delai-depasse",
              "code-provisoire-envoye", "messagerie-code-provisoire", "etape1-conditions",
              "etape2-code-personnel", "etape3-coordonnees", "validation-de-mon-email",
              "messagerie-lien-de-validation", "lien-expire-8-jours", "ancien-lien",
              "lien-expire-22-jours", "messagerie-recherche", "email-valide", "compte-ameli",
              "debriefing-tentative", "rejeu"}) {
            const bool found = std::any_of(files.begin(), files.end(), [step](const QString &f) {
                return f.contains(QLatin1String(step));
            });
            QVERIFY2(found, step);
        }
        // Real pictures of a window, not empty files.
        const QImage last(QDir(out).filePath(files.last()));
        QVERIFY(last.width() >= 800 && last.height() >= 600);
        QVERIFY(last.pixel(10, 10) != last.pixel(last.width() / 2, 110));
        // The person's own data was not touched: the tour runs on a store of its own.
        QVERIFY(!QDir(out).exists(QStringLiteral("tour.sqlite")));
    }

    // Issue 11: the storyboard at a slide's size, crisp at twice the pixels.
    void drawsAtTheSizeAndScaleAsked()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("slides"));
        QProcess process;
        process.start(QStringLiteral(AMELI_EXECUTABLE),
                      {QStringLiteral("--tour"), out, QStringLiteral("--tour-size"),
                       QStringLiteral("1366x768"), QStringLiteral("--scale"), QStringLiteral("2")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList files =
            QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        const QImage home(QDir(out).filePath(files.first()));
        QCOMPARE(home.size(), QSize(2732, 1536));
        // Drawn at twice the size, not a small picture enlarged: an enlarged one repeats each
        // pixel in pairs, a drawn one has text edges that fall between them.
        int splitPairs = 0;
        for (int y = 0; y < home.height(); y += 3)
            for (int x = 0; x + 1 < home.width(); x += 2)
                splitPairs += home.pixel(x, y) != home.pixel(x + 1, y);
        QVERIFY2(splitPairs > 2000, qPrintable(QString::number(splitPairs)));
    }

    void refusesASizeOrScaleItCannotDraw_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("scale too big") << QStringList{"--tour", "x", "--scale", "9"} << "--scale";
        QTest::newRow("scale not a number")
            << QStringList{"--handout", "x.pdf", "--scale", "deux"} << "--scale";
        QTest::newRow("size too small")
            << QStringList{"--tour", "x", "--tour-size", "100x100"} << "--tour-size";
        QTest::newRow("size without x")
            << QStringList{"--tour", "x", "--tour-size", "1366"} << "--tour-size";
        QTest::newRow("scale alone") << QStringList{"--scale", "2"} << "--tour";
        QTest::newRow("tour and handout")
            << QStringList{"--tour", "x", "--handout", "x.pdf"} << "--handout";
    }

    void refusesASizeOrScaleItCannotDraw()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(AMELI_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(said), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("ameli-simulator --help")), qPrintable(error));
        // Nothing drawn, nothing written.
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTourCommand)
#include "tst_tourcommand.moc"
