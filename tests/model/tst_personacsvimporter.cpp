#include "TestWorld.h"
#include "identity/Nir.h"
#include "personas/PersonaCsvImporter.h"
#include "store/PersonRepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ameli;

namespace {

ImportReport importText(TestWorld &world, const QByteArray &csv,
                        const PersonaCsvImporter::Progress &progress = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return PersonaCsvImporter::import(buffer, *world.db, QDate(2026, 3, 2), progress);
}

QByteArray withKey(const char *thirteen)
{
    return QByteArray(thirteen) + QByteArray::number(Nir::computeKey(QString::fromLatin1(thirteen)))
                                      .rightJustified(2, '0');
}

} // namespace

class TestPersonaCsvImporter : public QObject
{
    Q_OBJECT

private slots:
    // The files a trainer really has: Excel's French CSV (Windows-1252), a quoted field holding
    // the separator, old Mac line ends. Read right, accents included.
    void readsWhatSpreadsheetsWrite_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("lastName");
        const QByteArray header = "nir;date_naissance;prenom;nom\n";
        QTest::newRow("UTF-8") << header + "2850775056123;14/07/1985;Hélène;Lefèvre\n"
                               << QStringLiteral("Hélène") << QStringLiteral("Lefèvre");
        QTest::newRow("Windows-1252 (Excel)")
            << QByteArray("nir;date_naissance;prenom;nom\r\n"
                          "2850775056123;14/07/1985;H\xe9l\xe8ne;C\x9cur\r\n")
            << QStringLiteral("Hélène") << QStringLiteral("Cœur");
        QTest::newRow("quoted separator")
            << header + "2850775056123;14/07/1985;\"Anne; Marie\";\"D'\"\"Arc\"\"\"\n"
            << QStringLiteral("Anne; Marie") << QStringLiteral("D'\"Arc\"");
        QTest::newRow("old Mac line ends")
            << QByteArray("nir;date_naissance;prenom;nom\r2850775056123;14/07/1985;Léa;Roy\r")
            << QStringLiteral("Léa") << QStringLiteral("Roy");
    }

    void readsWhatSpreadsheetsWrite()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, firstName);
        QFETCH(QString, lastName);
        TestWorld world(false);
        const ImportReport report = importText(world, csv);
        QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.imported, 1);
        const std::optional<Person> p =
            PersonRepository(*world.db).findByNir(QStringLiteral("2850775056123"));
        QVERIFY(p);
        QCOMPARE(p->firstName, firstName);
        QCOMPARE(p->lastName, lastName);
    }

    // What cannot be read is refused with where, never half-read: a byte Windows-1252 does not
    // have, a line too long, a file too large (read no further than the limit).
    void refusesWhatItCannotRead()
    {
        TestWorld world(false);
        ImportReport report = importText(
            world, "nir;date_naissance;prenom;nom\n2850775056123;14/07/1985;H\x81l;Roy\n");
        QVERIFY(!report.ok());
        QVERIFY2(report.errors.first().startsWith(u"ligne 2 : caractère illisible"),
                 qPrintable(report.errors.first()));

        report = importText(world, "nir;date_naissance;prenom;nom\n2850775056123;14/07/1985;" +
                                       QByteArray(5000, 'a') + ";Roy\n");
        QVERIFY(!report.ok());
        QVERIFY2(report.errors.first().startsWith(u"ligne 2 : ligne trop longue"),
                 qPrintable(report.errors.first()));

        // A 50 MB single line is refused from its bytes.
        report = importText(world, QByteArray(50 * 1024 * 1024, 'x'));
        QVERIFY(report.errors.first().startsWith(u"ligne 1 : ligne trop longue"));

        // A file over the limit is refused unread.
        {
            QFile big(world.dir.filePath(QStringLiteral("big.csv")));
            QVERIFY(big.open(QIODevice::ReadWrite));
            QVERIFY(big.resize(PersonaCsvImporter::kMaxFileBytes + 1));
            big.seek(0);
            report = PersonaCsvImporter::import(big, *world.db, QDate(2026, 3, 2));
            QVERIFY2(report.errors.first().contains(u"dépasse 128 Mo"),
                     qPrintable(report.errors.first()));
            QCOMPARE(big.pos(), 0);
        }

        // A device that never ends (like /dev/zero) is read only until its first line is
        // too long.
        struct Endless : QIODevice
        {
            qint64 served = 0;
            bool isSequential() const override { return true; }
            qint64 readData(char *data, qint64 max) override
            {
                std::fill(data, data + max, '0');
                served += max;
                return max;
            }
            qint64 writeData(const char *, qint64) override { return -1; }
        } endless;
        endless.open(QIODevice::ReadOnly);
        report = PersonaCsvImporter::import(endless, *world.db, QDate(2026, 3, 2));
        QVERIFY(!report.ok());
        QVERIFY2(report.errors.first().startsWith(u"ligne 1 : ligne trop longue"),
                 qPrintable(report.errors.first()));
        QVERIFY(endless.served <= 1024 * 1024);
        QCOMPARE(PersonRepository(*world.db).count(), 0);
    }

    // A Windows line end cut in two by the reader's 256 KiB pieces is still one line end:
    // the line named in an error after it is the right one.
    void lineEndAcrossPiecesCountsOnce()
    {
        TestWorld world(false);
        QByteArray csv = "nir;date_naissance;prenom;nom\r\n";
        int line = 1;
        for (int i = 0; csv.size() < 262144 - 100; ++i, ++line)
            csv += "28507750" + QByteArray::number(10000 + i).right(5) + ";14/07/1985;P;N\r\n";
        // Padding the last name so that this line's CR is the piece's last byte.
        QByteArray row = "2850775099999;14/07/1985;P;";
        row += QByteArray(262143 - csv.size() - row.size(), 'N');
        csv += row + "\r\n";
        ++line;
        QCOMPARE(csv.at(262143), '\r');
        csv += "123;14/07/1985;P;N\r\n";
        ++line;
        const ImportReport report = importText(world, csv);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().startsWith(QStringLiteral("ligne %1 :").arg(line)),
                 qPrintable(report.errors.first()));
    }

    // A4: valid numbers are imported, with or without key, in either date form.
    void importsValidRows_A4()
    {
        TestWorld world(false);
        const QByteArray csv = "nir;date_naissance;prenom;nom;email\n"
                               "2 85 07 75 056 123;14/07/1985;Camille;Martin;c@exemple.fr\n" +
                               withKey("178112A004231") +
                               ";1978-11-03;Antoine;Rossi;\n"
                               "1822099216045;01/01/1982;Mamadou;Diallo\n";
        const ImportReport report = importText(world, csv);
        QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.imported, 3);
        const auto antoine = PersonRepository(*world.db).findByNir(QStringLiteral("178112A004231"));
        QVERIFY(antoine);
        QCOMPARE(antoine->birthDate, QDate(1978, 11, 3));
        QVERIFY(antoine->emailOnFile.isEmpty());
        QCOMPARE(
            PersonRepository(*world.db).findByNir(QStringLiteral("2850775056123"))->emailOnFile,
            QStringLiteral("c@exemple.fr"));
    }

    void acceptsCommasCrlfAndBom()
    {
        TestWorld world(false);
        const QByteArray csv = "\xEF\xBB\xBFnir,date_naissance,prenom,nom,email\r\n"
                               "2850775056123,14/07/1985,Camille,Martin,\r\n";
        const ImportReport report = importText(world, csv);
        QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.imported, 1);
    }

    // A4: each malformed row is reported with its line and reason; nothing is imported.
    void rejectsMalformedRowsWithReasons_A4_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("short number")
            << QByteArray("28507750561;14/07/1985;C;M;") << "13 caractères";
        QTest::newRow("letters") << QByteArray("28507750X6123;14/07/1985;C;M;") << "chiffres";
        QTest::newRow("wrong key") << QByteArray("285077505612301;14/07/1985;C;M;") << "clé";
        QTest::newRow("temporary") << QByteArray("7850775056123;14/07/1985;C;M;") << "provisoire";
        QTest::newRow("bad month") << QByteArray("2851375056123;14/07/1985;C;M;") << "mois";
        QTest::newRow("bad date") << QByteArray("2850775056123;31/02/1985;C;M;") << "n'existe pas";
        QTest::newRow("date format") << QByteArray("2850775056123;14-07-1985;C;M;") << "JJ/MM/AAAA";
        QTest::newRow("disagreeing year")
            << QByteArray("2850775056123;14/07/1986;C;M;") << "ne correspondent pas";
        QTest::newRow("disagreeing month")
            << QByteArray("2850775056123;14/08/1985;C;M;") << "ne correspondent pas";
        QTest::newRow("missing name") << QByteArray("2850775056123;14/07/1985;;M;") << "prénom";
        QTest::newRow("bad email") << QByteArray("2850775056123;14/07/1985;C;M;c@") << "domaine";
        QTest::newRow("too few columns") << QByteArray("2850775056123;14/07/1985") << "colonne";
    }

    void rejectsMalformedRowsWithReasons_A4()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, reason);
        TestWorld world(false);
        const QByteArray csv = "nir;date_naissance;prenom;nom;email\n"
                               "2900299350118;22/02/1990;Amina;Benali;\n" +
                               row + "\n";
        const ImportReport report = importText(world, csv);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().startsWith(QStringLiteral("ligne 3 : ")),
                 qPrintable(report.errors.first()));
        QVERIFY2(report.errors.first().contains(reason), qPrintable(report.errors.first()));
        QCOMPARE(report.imported, 0);
        QCOMPARE(PersonRepository(*world.db).count(), 0);
    }

    void reportsEveryBadLineAndDuplicates()
    {
        TestWorld world;
        const QByteArray csv = "nir;date_naissance;prenom;nom\n"
                               "2900299350118;22/02/1990;Amina;Benali\n"
                               "\n"
                               "2900299350118;22/02/1990;Amina;Benali\n"
                               "2850775056123;14/07/1985;Camille;Martin\n"
                               "1234;x;y;z\n";
        const ImportReport report = importText(world, csv);
        QCOMPARE(report.errors.size(), 3);
        QVERIFY(report.errors.at(0).startsWith(QStringLiteral("ligne 4 : ")));
        QVERIFY(report.errors.at(0).contains(QStringLiteral("ligne 2")));
        QVERIFY(report.errors.at(1).startsWith(QStringLiteral("ligne 5 : ")));
        QVERIFY(report.errors.at(1).contains(u"déjà dans la base"));
        QVERIFY(report.errors.at(2).startsWith(QStringLiteral("ligne 6 : ")));
        QCOMPARE(PersonRepository(*world.db).count(), 1);
    }

    void missingHeaderColumnIsReported()
    {
        TestWorld world(false);
        const ImportReport report =
            importText(world, "numero;date_naissance;prenom;nom\n2850775056123;14/07/1985;C;M\n");
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.errors.first().startsWith(QStringLiteral("ligne 1 : ")));
        QVERIFY(report.errors.first().contains(u"« nir »"));
        QVERIFY(!importText(world, "").ok());
    }

    // A large file: one transaction, progress reported from 0 to 100; "100" only once the rows
    // are saved, "saving" while they are being committed.
    void largeFileReportsProgress()
    {
        TestWorld world(false);
        QByteArray csv = "nir;date_naissance;prenom;nom;email\n";
        const int rows = 5000;
        for (int i = 0; i < rows; ++i) {
            csv += "28507750" + QByteArray::number(10000 + i).right(5) + ";14/07/1985;P" +
                   QByteArray::number(i) + ";N;\n";
        }
        QList<int> seen;
        int savedWhen100 = -1;
        int savedWhenSaving = -1;
        // What another program reading the file sees at each moment.
        // (A reader only: a second simulator would be told the store is busy.)
        const auto savedRows = [&world] {
            int count = -1;
            if (world.db->onServer()) {
                // Another connection of the same station, as a second window would have.
                const ameli::Database other(TestStore::administrator().as(world.db->station()));
                QSqlQuery q = other.prepare(QStringLiteral("SELECT count(*) FROM persons"));
                ameli::Database::exec(q);
                return q.next() ? q.value(0).toInt() : -1;
            }
            {
                QSqlDatabase reader =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
                reader.setDatabaseName(world.db->path());
                reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                if (reader.open()) {
                    QSqlQuery q(reader);
                    if (q.exec(QStringLiteral("SELECT count(*) FROM persons")) && q.next())
                        count = q.value(0).toInt();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("reader"));
            return count;
        };
        const ImportReport report = importText(world, csv, [&](int percent) {
            seen << percent;
            if (percent == PersonaCsvImporter::kSaving)
                savedWhenSaving = savedRows();
            if (percent == 100)
                savedWhen100 = savedRows();
        });
        QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.imported, rows);
        QVERIFY(seen.size() > 10);
        QCOMPARE(seen.last(), 100);
        QCOMPARE(seen.at(seen.size() - 2), PersonaCsvImporter::kSaving);
        seen.removeAt(seen.size() - 2);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.first() >= 0);
        QCOMPARE(seen.count(100), 1);
        QCOMPARE(savedWhenSaving, 0);
        QCOMPARE(savedWhen100, rows);
        QCOMPARE(PersonRepository(*world.db).count(), rows);
    }
};

QTEST_MAIN(TestPersonaCsvImporter)
#include "tst_personacsvimporter.moc"
