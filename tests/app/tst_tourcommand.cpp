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
};

QTEST_GUILESS_MAIN(TestTourCommand)
#include "tst_tourcommand.moc"
