#include "identity/Nir.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `ameli-simulator --import-personas FILE`, run as a trainer runs it, on a fresh store.
class TestImportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(AMELI_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timeout")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private slots:
    // A4: valid numbers are accepted.
    void importsAValidFile_A4()
    {
        const QByteArray key =
            QByteArray::number(ameli::Nir::computeKey(QStringLiteral("178112B004231")))
                .rightJustified(2, '0');
        const QString csv =
            write("ok.csv", "nir;date_naissance;prenom;nom;email\n"
                            "1 85 07 75 056 123;14/07/1985;Paul;Durand;p@exemple.fr\n"
                            "178112B004231" +
                                key + ";1978-11-03;Ange;Santoni;\n");
        const Run r = run({QStringLiteral("--import-personas"), csv, QStringLiteral("--db"),
                           m_dir.filePath(QStringLiteral("ok.sqlite"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 personnes importées")),
                 qPrintable(r.out + r.err));
    }

    // A4: malformed numbers are refused (the numbers here are not demo personas', which the
    // fresh store already holds) with the line and the reason; nothing is imported,
    // and the full number never appears in what is printed.
    void rejectsMalformedNumbersWithReasons_A4()
    {
        const QString csv = write("bad.csv", "nir,date_naissance,prenom,nom\n"
                                             "1850775056123,14/07/1985,Camille,Martin\n"
                                             "1850775056123 99,14/07/1985,Camille,Martin\n"
                                             "7850775056124,14/07/1985,Camille,Martin\n"
                                             "18507750561,14/07/1985,Camille,Martin\n");
        const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
        const Run r = run({QStringLiteral("--import-personas"), csv, QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ligne 3 : La clé de contrôle est invalide.")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("ligne 4 : ")) &&
                r.err.contains(u"numéro provisoire"));
        QVERIFY(r.err.contains(QStringLiteral("ligne 5 : ")) && r.err.contains(u"13 caractères"));
        QVERIFY(r.err.contains(u"Aucune personne n'a été importée"));
        QVERIFY(!r.err.contains(QStringLiteral("1850775056123")));
        QVERIFY(!r.out.contains(QStringLiteral("1850775056123")));

        // The good line 2 was not imported either: importing it alone now works.
        const QString alone = write("alone.csv", "nir,date_naissance,prenom,nom\n"
                                                 "1850775056123,14/07/1985,Camille,Martin\n");
        QCOMPARE(
            run({QStringLiteral("--import-personas"), alone, QStringLiteral("--db"), db}).exitCode,
            0);
    }

    void missingFileIsReported()
    {
        const Run r =
            run({QStringLiteral("--import-personas"), m_dir.filePath(QStringLiteral("none.csv")),
                 QStringLiteral("--db"), m_dir.filePath(QStringLiteral("n.sqlite"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"Impossible de lire le fichier"));
    }

    void foreignDatabaseIsRefusedAndUntouched()
    {
        const QString notDb = write("notes.txt", "mes notes\n");
        const QString csv = write("one.csv", "nir;date_naissance;prenom;nom\n"
                                             "2850775056123;14/07/1985;Camille;Martin\n");
        const Run r =
            run({QStringLiteral("--import-personas"), csv, QStringLiteral("--db"), notDb});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"n'est pas une base du simulateur"));
        QFile f(notDb);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("mes notes\n"));
    }

    void unknownOptionIsAUsageError()
    {
        const Run r = run({QStringLiteral("--nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--help"));
        QCOMPARE(run({QStringLiteral("--help")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
