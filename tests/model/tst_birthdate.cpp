#include "identity/BirthDate.h"
#include "identity/Nir.h"

#include <QTest>

using namespace ameli;

class TestBirthDate : public QObject
{
    Q_OBJECT

private slots:
    // F1: the date of birth, typed as the screens ask (JJ/MM/AAAA) or as files hold it.
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("error");
        QTest::addColumn<QDate>("date");
        const int ok = int(BirthDateError::None);
        QTest::newRow("french") << "14/07/1985" << ok << QDate(1985, 7, 14);
        QTest::newRow("french one digit") << "4/7/1985" << ok << QDate(1985, 7, 4);
        QTest::newRow("iso") << "1985-07-14" << ok << QDate(1985, 7, 14);
        QTest::newRow("spaces around") << "  14/07/1985 " << ok << QDate(1985, 7, 14);
        QTest::newRow("leap day") << "29/02/1988" << ok << QDate(1988, 2, 29);
        QTest::newRow("empty") << "" << int(BirthDateError::Empty) << QDate();
        QTest::newRow("two-digit year") << "14/07/85" << int(BirthDateError::BadFormat) << QDate();
        QTest::newRow("dots") << "14.07.1985" << int(BirthDateError::BadFormat) << QDate();
        QTest::newRow("words") << "14 juillet 1985" << int(BirthDateError::BadFormat) << QDate();
        QTest::newRow("31 february") << "31/02/1985" << int(BirthDateError::NoSuchDay) << QDate();
        QTest::newRow("not leap") << "29/02/1985" << int(BirthDateError::NoSuchDay) << QDate();
        QTest::newRow("month 13") << "01/13/1985" << int(BirthDateError::NoSuchDay) << QDate();
        QTest::newRow("future") << "01/01/2027" << int(BirthDateError::InFuture) << QDate();
        QTest::newRow("before 1900") << "31/12/1899" << int(BirthDateError::TooOld) << QDate();
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(int, error);
        QFETCH(QDate, date);
        const BirthDate parsed = BirthDate::parse(typed, QDate(2026, 3, 2));
        QCOMPARE(int(parsed.error()), error);
        QCOMPARE(parsed.date(), date);
        QCOMPARE(parsed.errorMessage().isEmpty(), error == ok());
    }

    // A4: the number's year and month must be the date's, unless the month is 20-99.
    void agreesWithNir_A4_data()
    {
        QTest::addColumn<QString>("nir");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("agrees");
        QTest::newRow("same year and month") << "2850775056123" << QDate(1985, 7, 14) << true;
        QTest::newRow("other month") << "2850775056123" << QDate(1985, 8, 14) << false;
        QTest::newRow("other year") << "2850775056123" << QDate(1986, 7, 14) << false;
        QTest::newRow("same two digits, other century")
            << "2850775056123" << QDate(1885, 7, 14) << true;
        QTest::newRow("month unknown: any month") << "1822099216045" << QDate(1982, 11, 3) << true;
        QTest::newRow("month unknown: year still checked")
            << "1822099216045" << QDate(1983, 1, 1) << false;
    }

    void agreesWithNir_A4()
    {
        QFETCH(QString, nir);
        QFETCH(QDate, date);
        QFETCH(bool, agrees);
        QCOMPARE(BirthDate::agreesWith(date, Nir::parse(nir)), agrees);
    }

private:
    static int ok() { return int(BirthDateError::None); }
};

QTEST_GUILESS_MAIN(TestBirthDate)
#include "tst_birthdate.moc"
