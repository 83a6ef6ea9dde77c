#include "identity/Nir.h"

#include <QTest>

using namespace ameli;

class TestNir : public QObject
{
    Q_OBJECT

private slots:
    // A4: structure, key, spaces, Corsica, temporary numbers, each with its own message.
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("number");

        const int ok = int(NirError::None);
        QTest::newRow("13 digits") << "2850775056123" << ok << "2850775056123";
        QTest::newRow("with spaces") << "2 85 07 75 056 123" << ok << "2850775056123";
        QTest::newRow("with right key")
            << "2850775056123 " + key("2850775056123") << ok << "2850775056123";
        QTest::newRow("corsica 2A lower case") << "1 78 11 2a 004 231" << ok << "178112A004231";
        QTest::newRow("corsica 2B with key")
            << "178112B004231" + key("178112B004231") << ok << "178112B004231";
        QTest::newRow("born abroad 99") << "2900299350118" << ok << "2900299350118";
        QTest::newRow("month unknown 20") << "1822099216045" << ok << "1822099216045";
        QTest::newRow("month unknown 99") << "1829999216045" << ok << "1829999216045";
        QTest::newRow("empty") << "   " << int(NirError::Empty) << "";
        QTest::newRow("too short") << "285077505612" << int(NirError::WrongLength) << "";
        QTest::newRow("14 characters") << "28507750561231" << int(NirError::WrongLength) << "";
        QTest::newRow("too long") << "2850775056123456" << int(NirError::WrongLength) << "";
        QTest::newRow("letter") << "2850775O56123" << int(NirError::NotDigits) << "";
        QTest::newRow("2C is not corsica") << "178112C004231" << int(NirError::NotDigits) << "";
        QTest::newRow("temporary 7") << "7850775056123" << int(NirError::TemporaryNumber) << "";
        QTest::newRow("temporary 8") << "8850775056123" << int(NirError::TemporaryNumber) << "";
        QTest::newRow("sex 3") << "3850775056123" << int(NirError::BadSex) << "";
        QTest::newRow("sex 0") << "0850775056123" << int(NirError::BadSex) << "";
        QTest::newRow("month 00") << "2850075056123" << int(NirError::BadMonth) << "";
        QTest::newRow("month 13") << "2851375056123" << int(NirError::BadMonth) << "";
        QTest::newRow("month 19") << "2851975056123" << int(NirError::BadMonth) << "";
        QTest::newRow("department 00") << "2850700056123" << int(NirError::BadDepartment) << "";
        QTest::newRow("wrong key")
            << "2850775056123" + wrongKey("2850775056123") << int(NirError::BadKey) << "";
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(int, error);
        QFETCH(QString, number);
        const Nir nir = Nir::parse(typed);
        QCOMPARE(int(nir.error()), error);
        if (error == int(NirError::None)) {
            QCOMPARE(nir.number(), number);
            QVERIFY(nir.errorMessage().isEmpty());
        } else {
            QVERIFY(!nir.isValid());
            QVERIFY(!nir.errorMessage().isEmpty());
        }
    }

    // A4: every failure names its cause in French, never a generic failure.
    void messagesNameTheProblem_A4_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("length") << "28507"
                                << "13 caractères";
        QTest::newRow("length counts") << "28507"
                                       << "vous en avez saisi 5";
        QTest::newRow("format") << "28507750561X3"
                                << "que des chiffres";
        QTest::newRow("key") << "2850775056123" + wrongKey("2850775056123") << "clé de contrôle";
        QTest::newRow("temporary") << "7850775056123"
                                   << "numéro provisoire, pas de compte ameli";
        QTest::newRow("month") << "2851375056123"
                               << "mois de naissance";
        QTest::newRow("department") << "2850700056123"
                                    << "département";
    }

    void messagesNameTheProblem_A4()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const QString message = Nir::parse(typed).errorMessage();
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    // A4: key = 97 - (number mod 97), 2A read as 19 and 2B as 18, in 64-bit arithmetic.
    void keyComputation_A4_data()
    {
        QTest::addColumn<QString>("thirteen");
        QTest::addColumn<int>("key");
        QTest::newRow("mainland") << "2850775056123" << int(97 - (2850775056123ULL % 97));
        QTest::newRow("2A as 19") << "178112A004231" << int(97 - (1781119004231ULL % 97));
        QTest::newRow("2B as 18") << "178112B004231" << int(97 - (1781118004231ULL % 97));
        // A value above 2^32 that a 32-bit computation would get wrong.
        QTest::newRow("above 32 bits") << "1991299999999" << int(97 - (1991299999999ULL % 97));
    }

    void keyComputation_A4()
    {
        QFETCH(QString, thirteen);
        QFETCH(int, key);
        QCOMPARE(Nir::computeKey(thirteen), key);
    }

    void maskedNeverShowsTheWholeNumber()
    {
        const Nir nir = Nir::parse(QStringLiteral("2850775056123"));
        QCOMPARE(nir.masked(), QStringLiteral("28507********"));
        QVERIFY(!nir.masked().contains(QStringLiteral("056123")));
    }

private:
    static QString key(const char *thirteen)
    {
        return QString::number(Nir::computeKey(QString::fromLatin1(thirteen)))
            .rightJustified(2, QLatin1Char('0'));
    }
    static QString wrongKey(const char *thirteen)
    {
        return QString::number((Nir::computeKey(QString::fromLatin1(thirteen)) % 97) + 1)
            .rightJustified(2, QLatin1Char('0'));
    }
};

QTEST_GUILESS_MAIN(TestNir)
#include "tst_nir.moc"
