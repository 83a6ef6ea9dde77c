#include "rules/EmailAddressValidator.h"

#include <QTest>

using namespace ameli;

class TestEmailAddressValidator : public QObject
{
    Q_OBJECT

private slots:
    // D1: a valid address, by the WHATWG definition browsers apply to <input type=email>.
    void check_D1_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("error");
        const int ok = int(EmailError::None);
        QTest::newRow("plain") << "camille.martin@exemple.fr" << ok;
        QTest::newRow("plus tag") << "camille+ameli@exemple.fr" << ok;
        QTest::newRow("all allowed local characters") << "a.!#$%&'*+/=?^_`{|}~-z@exemple.fr" << ok;
        QTest::newRow("subdomain") << "c@mail.exemple.co.uk" << ok;
        QTest::newRow("no dot in domain (WHATWG allows, mail services do not)")
            << "camille@localhost" << int(EmailError::DomainWithoutDot);
        QTest::newRow("provider without extension")
            << "camille.martin@orange" << int(EmailError::DomainWithoutDot);
        QTest::newRow("dot at the start of the local part")
            << ".camille@exemple.fr" << int(EmailError::LocalPartDots);
        QTest::newRow("dot at the end of the local part")
            << "camille.@exemple.fr" << int(EmailError::LocalPartDots);
        QTest::newRow("two dots in a row")
            << "camille..martin@exemple.fr" << int(EmailError::LocalPartDots);
        QTest::newRow("digit domain") << "c@123.fr" << ok;
        QTest::newRow("hyphen inside label") << "c@mon-fai.fr" << ok;
        QTest::newRow("spaces around are trimmed") << "  c@exemple.fr " << ok;
        QTest::newRow("empty") << "" << int(EmailError::Empty);
        QTest::newRow("space inside") << "camille martin@exemple.fr" << int(EmailError::HasSpace);
        QTest::newRow("no at") << "camille.exemple.fr" << int(EmailError::NoAt);
        QTest::newRow("empty local") << "@exemple.fr" << int(EmailError::BadLocalPart);
        QTest::newRow("accent in local")
            << "camille.hélène@exemple.fr" << int(EmailError::BadLocalPart);
        QTest::newRow("two ats") << "a@b@exemple.fr" << int(EmailError::BadLocalPart);
        QTest::newRow("quoted local") << "\"a\"@exemple.fr" << int(EmailError::BadLocalPart);
        QTest::newRow("empty domain") << "camille@" << int(EmailError::BadDomain);
        QTest::newRow("leading hyphen label") << "c@-exemple.fr" << int(EmailError::BadDomain);
        QTest::newRow("trailing hyphen label") << "c@exemple-.fr" << int(EmailError::BadDomain);
        QTest::newRow("double dot") << "c@exemple..fr" << int(EmailError::BadDomain);
        QTest::newRow("trailing dot") << "c@exemple.fr." << int(EmailError::BadDomain);
        QTest::newRow("underscore in domain") << "c@mon_fai.fr" << int(EmailError::BadDomain);
        QTest::newRow("label of 64")
            << "c@" + QString(64, QLatin1Char('a')) + ".fr" << int(EmailError::BadDomain);
        QTest::newRow("label of 63") << "c@" + QString(63, QLatin1Char('a')) + ".fr" << ok;
    }

    void check_D1()
    {
        QFETCH(QString, typed);
        QFETCH(int, error);
        const EmailCheck result = EmailAddressValidator::check(typed);
        QCOMPARE(int(result.error), error);
        QCOMPARE(result.message().isEmpty(), error == int(EmailError::None));
    }

    // D1: each refusal says what to correct.
    void messagesSayWhatToCorrect_D1()
    {
        QVERIFY(EmailAddressValidator::check(QStringLiteral("camille.martin@orange"))
                    .message()
                    .contains(u"il manque le point et l'extension"));
        QVERIFY(EmailAddressValidator::check(QStringLiteral(".camille@exemple.fr"))
                    .message()
                    .contains(u"ni commencer ni finir par un point"));
    }

    // D1: typed twice, both the same.
    void pair_D1()
    {
        QVERIFY(EmailAddressValidator::checkPair(QStringLiteral("c@exemple.fr"),
                                                 QStringLiteral("c@exemple.fr"))
                    .isValid());
        QVERIFY(EmailAddressValidator::checkPair(QStringLiteral("c@Exemple.fr"),
                                                 QStringLiteral("c@exemple.FR"))
                    .isValid());
        QCOMPARE(EmailAddressValidator::checkPair(QStringLiteral("c@exemple.fr"),
                                                  QStringLiteral("d@exemple.fr"))
                     .error,
                 EmailError::Mismatch);
        QVERIFY(EmailAddressValidator::messageFor(EmailError::Mismatch).contains(u"différentes"));
    }

    void domainIsLowerCased()
    {
        QCOMPARE(EmailAddressValidator::check(QStringLiteral("Camille@Exemple.FR")).normalized,
                 QStringLiteral("Camille@exemple.fr"));
    }
};

QTEST_GUILESS_MAIN(TestEmailAddressValidator)
#include "tst_emailaddressvalidator.moc"
