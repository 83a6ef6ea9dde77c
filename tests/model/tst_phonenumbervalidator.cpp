#include "rules/PhoneNumberValidator.h"

#include <QRegularExpression>
#include <QTest>

using namespace ameli;

class TestPhoneNumberValidator : public QObject
{
    Q_OBJECT

private slots:
    // D6: French numbers, mobiles 06/07, landlines 01-05 and 09, also written +33.
    void check_D6_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("national");
        const int mobile = int(PhoneKind::Mobile);
        const int landline = int(PhoneKind::Landline);
        const int ok = int(PhoneError::None);
        QTest::newRow("empty mobile is fine (optional)") << "" << mobile << ok << "";
        QTest::newRow("mobile 06") << "0612345678" << mobile << ok << "06 12 34 56 78";
        QTest::newRow("mobile 07 with spaces")
            << "07 51 23 45 67" << mobile << ok << "07 51 23 45 67";
        QTest::newRow("mobile +33") << "+33 6 12 34 56 78" << mobile << ok << "06 12 34 56 78";
        QTest::newRow("mobile with dots") << "06.12.34.56.78" << mobile << ok << "06 12 34 56 78";
        QTest::newRow("landline 01") << "01 40 20 30 40" << landline << ok << "01 40 20 30 40";
        QTest::newRow("landline 05") << "0556123456" << landline << ok << "05 56 12 34 56";
        QTest::newRow("landline 09") << "0912345678" << landline << ok << "09 12 34 56 78";
        QTest::newRow("landline +33 4") << "+33478123456" << landline << ok << "04 78 12 34 56";
        QTest::newRow("landline as mobile")
            << "0140203040" << mobile << int(PhoneError::NotMobile) << "";
        QTest::newRow("mobile as landline")
            << "0612345678" << landline << int(PhoneError::NotLandline) << "";
        QTest::newRow("9 digits") << "061234567" << mobile << int(PhoneError::NotANumber) << "";
        QTest::newRow("11 digits") << "06123456789" << mobile << int(PhoneError::NotANumber) << "";
        QTest::newRow("letters") << "06 AB CD EF GH" << mobile << int(PhoneError::NotANumber) << "";
        QTest::newRow("foreign mobile")
            << "+44 7911 123456" << mobile << int(PhoneError::NotFrench) << "";
        QTest::newRow("premium 08 is not a landline")
            << "0836656565" << landline << int(PhoneError::NotLandline) << "";
        // The overseas departments are France too, in both forms.
        QTest::newRow("Guadeloupe mobile 0690")
            << "0690 12 34 56" << mobile << ok << "0690 12 34 56";
        QTest::newRow("Guadeloupe mobile +590")
            << "+590 690 12 34 56" << mobile << ok << "0690 12 34 56";
        QTest::newRow("Guyane mobile 0694") << "0694 12 34 56" << mobile << ok << "0694 12 34 56";
        QTest::newRow("Martinique mobile +596")
            << "+596 696 12 34 56" << mobile << ok << "0696 12 34 56";
        QTest::newRow("Réunion mobile 0692") << "0692123456" << mobile << ok << "0692 12 34 56";
        QTest::newRow("Mayotte mobile 0639") << "0639 40 12 34" << mobile << ok << "0639 40 12 34";
        QTest::newRow("Mayotte mobile +262")
            << "+262 639 40 12 34" << mobile << ok << "0639 40 12 34";
        QTest::newRow("Guadeloupe landline 0590")
            << "0590 12 34 56" << landline << ok << "0590 12 34 56";
        QTest::newRow("Martinique landline +596")
            << "+596 596 30 12 34" << landline << ok << "0596 30 12 34";
        QTest::newRow("Réunion landline 0262")
            << "0262 12 34 56" << landline << ok << "0262 12 34 56";
        QTest::newRow("overseas mobile as landline")
            << "0690 12 34 56" << landline << int(PhoneError::NotLandline) << "";
        QTest::newRow("ten digits, no such number")
            << "0012345678" << mobile << int(PhoneError::UnknownNumber) << "";
        QTest::newRow("thirty thousand digits")
            << QString(30000, QLatin1Char('6')) << mobile << int(PhoneError::NotANumber) << "";
    }

    void check_D6()
    {
        QFETCH(QString, typed);
        QFETCH(int, kind);
        QFETCH(int, error);
        QFETCH(QString, national);
        const PhoneCheck result = PhoneNumberValidator::check(typed, PhoneKind(kind));
        QCOMPARE(int(result.error), error);
        QCOMPARE(result.national, national);
        QCOMPARE(result.message().isEmpty(), error == int(PhoneError::None));
        // D6: a number of ten digits is never told to type ten digits.
        QVERIFY(!result.message().contains(u"10 chiffres") ||
                QString(typed).remove(QRegularExpression(QStringLiteral("[^0-9]"))).size() != 10);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberValidator)
#include "tst_phonenumbervalidator.moc"
