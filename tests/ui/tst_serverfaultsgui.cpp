#include "GuiWorld.h"
#include "ThrowawayServer.h"
#include "pages/ConditionsPage.h"
#include "pages/LoginPage.h"
#include "store/ServerWatch.h"
#include "widgets/YesNoChoice.h"

#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace ameli;

// A station's window when the classroom's server goes away and comes back, driven with clicks
// and keys on a PostgreSQL cluster of the test's own.
class TestServerFaultsGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<ThrowawayServer> m_server;

private slots:
    void initTestCase() { m_server = std::make_unique<ThrowawayServer>(); }
    void cleanupTestCase() { m_server.reset(); }

    // The click is refused with the room's message, the page keeps the person's choice, a
    // red band counts down to the next try; when the server is back the band says so and the
    // same click goes on to step 2.
    void bannerCountsDownAndTheSameClickWorksOnceBack()
    {
        GuiWorld w;
        QVERIFY(w.window->serverWatch());
        w.requestCode();
        w.window->follow(NavigationLink::ConnectYourself);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), w.latestProvisionalCode());
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QCOMPARE(w.step(), JourneyStep::Conditions);
        auto *conditions = w.page<ConditionsPage>(JourneyStep::Conditions);
        UserActions::click(conditions->choice()->yesButton());

        m_server->halt();
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::Conditions);
        QVERIFY(conditions->choice()->yesButton()->isChecked());
        QVERIFY2(w.notice().contains(u"ne répond pas"), qPrintable(w.notice()));
        Notice *band = w.window->storeNotice();
        QVERIFY(band->isVisible());
        QVERIFY2(band->text().contains(u"Connexion au serveur de la salle perdue — nouvel essai "
                                       u"dans 5 s"),
                 qPrintable(band->text()));
        // A second later by the machine's clock (the network's delay, not the journey's).
        QTRY_VERIFY_WITH_TIMEOUT(band->text().contains(u"dans 4 s"), 3000);

        m_server->resume();
        QVERIFY(w.window->serverWatch()->tryNow());
        QVERIFY2(band->text().contains(u"rétablie"), qPrintable(band->text()));
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::PersonalCode);
        QVERIFY(!band->isVisible());
    }
};

QTEST_MAIN(TestServerFaultsGui)
#include "tst_serverfaultsgui.moc"
