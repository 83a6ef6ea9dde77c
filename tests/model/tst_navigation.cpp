#include "TestWorld.h"
#include "journey/SimulatedSites.h"

using namespace ameli;

class TestNavigation : public QObject
{
    Q_OBJECT

private slots:
    // A1: "Connectez-vous" on ameli.fr leads to the login page.
    void connectYourselfLeadsToLogin_A1()
    {
        TestWorld world;
        QCOMPARE(world.journey->follow(NavigationLink::Home).step, JourneyStep::Home);
        QCOMPARE(world.journey->follow(NavigationLink::ConnectYourself).step, JourneyStep::Login);
    }

    // A3: the page shows which site it is on.
    void eachStepShowsItsSite_A3_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("host");
        QTest::newRow("home") << int(JourneyStep::Home) << "ameli.fr";
        QTest::newRow("login") << int(JourneyStep::Login) << "assure.ameli.fr";
        QTest::newRow("forgotten code") << int(JourneyStep::ForgottenCode) << "assure.ameli.fr";
        QTest::newRow("conditions") << int(JourneyStep::Conditions) << "assure.ameli.fr";
        QTest::newRow("validation") << int(JourneyStep::ValidationPending) << "assure.ameli.fr";
        QTest::newRow("account") << int(JourneyStep::AccountHome) << "assure.ameli.fr";
    }

    void eachStepShowsItsSite_A3()
    {
        QFETCH(int, step);
        QFETCH(QString, host);
        QCOMPARE(SimulatedSites::hostFor(JourneyStep(step)), host);
    }

    void validationLinksPointAtTheAccountSite_A3()
    {
        const QUrl url = SimulatedSites::validationUrl(QStringLiteral("abc"));
        QCOMPARE(url.host(), QStringLiteral("assure.ameli.fr"));
        QCOMPARE(SimulatedSites::validationToken(url), QStringLiteral("abc"));
        QVERIFY(
            SimulatedSites::validationToken(QUrl(QStringLiteral("https://exemple.fr/?jeton=abc")))
                .isEmpty());
    }

    // F5: "cliquant ici" in the code's mail leads to the login page, unless an antivirus
    // blocked it (T6).
    void clickHereLeadsToLogin_F5_T6()
    {
        TestWorld world;
        const JourneyResult r = world.journey->openLink(SimulatedSites::loginUrl());
        QVERIFY(r.ok());
        QCOMPARE(r.step, JourneyStep::Login);
        QCOMPARE(
            world.journey->openLink(SimulatedSites::blocked(SimulatedSites::loginUrl())).problem,
            Problem::LinkBlocked);
        QCOMPARE(world.journey->openLink(QUrl(QStringLiteral("https://exemple.fr/"))).problem,
                 Problem::LinkUnknown);
    }

    // A5: the FranceConnect button answers with a message, not a dead click.
    void franceConnectSaysItIsOutside_A5()
    {
        TestWorld world;
        const JourneyResult r = world.journey->follow(NavigationLink::FranceConnect);
        QCOMPARE(r.problem, Problem::OutsideSimulation);
        QCOMPARE(r.step, JourneyStep::Login);
        QVERIFY(r.message.contains(u"FranceConnect"));
    }

    // A6: "Créer votre compte" leads to a page that explains, never a dead click.
    void createAccountExplains_A6()
    {
        TestWorld world;
        const JourneyResult r = world.journey->follow(NavigationLink::CreateAccount);
        QCOMPARE(r.step, JourneyStep::AccountCreation);
        QVERIFY(r.message.contains(u"code provisoire"));
    }

    // F1, F2: "Code oublié ?" opens with a fresh CAPTCHA.
    void forgottenCodeOpensWithAFreshCaptcha_F1()
    {
        TestWorld world;
        const quint64 before = world.journey->captcha().current().serial;
        QCOMPARE(world.journey->follow(NavigationLink::ForgottenCode).step,
                 JourneyStep::ForgottenCode);
        QVERIFY(world.journey->captcha().current().serial > before);
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
