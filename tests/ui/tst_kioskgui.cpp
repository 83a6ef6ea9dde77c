#include "RecordingWorld.h"
#include "Screenshots.h"
#include "kiosk/KioskController.h"
#include "kiosk/KioskOverlay.h"
#include "personas/DemoPersonas.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace ameli;
using namespace std::chrono_literals;

namespace {

// The kiosk as main() starts it: over the window with its trainer's panel and the card.
struct KioskWorld : RecordingWorld
{
    SecretHasher kioskHasher{SecretHasher::Cost::Minimal};
    std::unique_ptr<KioskController> kiosk;

    explicit KioskWorld(KioskDelays delays = {})
    {
        // As at a kiosk's first start: the demo personas, one of whom the visitor plays.
        DemoPersonas::seedIfEmpty(*db, kioskHasher, clock);
        kiosk = std::make_unique<KioskController>(*window, *db, kioskHasher, clock, delays);
        kiosk->attachVisitor(*recorder, *card);
        kiosk->start();
        // The offscreen platform does not activate a window made frameless after it was shown.
        QApplication::setActiveWindow(window.get());
        QCoreApplication::processEvents();
    }

    ~KioskWorld() { window->setClosable(true); }

    void beginVisit()
    {
        QVERIFY(kiosk->isWelcoming());
        UserActions::click(kiosk->overlay()->button());
        QVERIFY(!kiosk->overlay()->isVisible());
    }
};

} // namespace

// Demo mode in an office: a visitor can neither open the trainer's tools nor leave the frame;
// they are welcomed, given a fictitious identity, and the idle countdown is a modal layer.
class TestKioskGui : public QObject
{
    Q_OBJECT

private slots:
    // Without the kiosk, Ctrl+Shift+F opens the panel; in the kiosk it does nothing.
    void trainerShortcutDoesNothing()
    {
        RecordingWorld plain;
        QTest::keyClick(plain.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(plain.panel->isVisible());

        KioskWorld w;
        w.beginVisit();
        QVERIFY(!w.window->trainerShortcutEnabled());
        QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!w.panel->isVisible());
        QVERIFY(!w.panel->isEnabled());
        QCOMPARE(w.panel->features(), QDockWidget::NoDockWidgetFeatures);
    }

    // The mailbox opens over the page, inside the full-screen frame, with a way back.
    void mailboxOpensInsideTheFrame()
    {
        KioskWorld w;
        w.beginVisit();
        QVERIFY(w.window->isFullScreen());
        // No title bar with a close button, whoever would draw it.
        QVERIFY(w.window->windowFlags().testFlag(Qt::FramelessWindowHint));
        UserActions::click(w.window->mailboxButton());
        MailboxWindow *mailbox = w.window->mailbox();
        QVERIFY(mailbox->isVisible());
        QCOMPARE(mailbox->address(), QStringLiteral("camille.martin@exemple.fr"));
        QVERIFY(!mailbox->isWindow());
        QCOMPARE(mailbox->window(), w.window.get());
        QVERIFY(w.window->rect().contains(
            QRect(mailbox->mapTo(w.window.get(), QPoint()), mailbox->size())));
        // The page behind cannot be reached while the mailbox covers it.
        QVERIFY(!w.window->currentPage()->isEnabled());
        QVERIFY(mailbox->backToSiteButton()->isVisible());
        screenshot(w.window.get(), QStringLiteral("kiosk-messagerie"));
        UserActions::click(mailbox->backToSiteButton());
        QVERIFY(!mailbox->isVisible());
        QVERIFY(w.window->currentPage()->isEnabled());
    }

    // Each visitor is welcomed by a screen that says what to try, with a fictitious identity
    // on the card; the welcome never counts down.
    void attractScreenWelcomesEachVisitor()
    {
        KioskWorld w;
        QVERIFY(w.kiosk->isWelcoming());
        screenshot(w.window.get(), QStringLiteral("kiosk-accueil"));
        // The whole message is in the card: its height follows the wrapped text.
        QVERIFY(w.kiosk->overlay()->card()->height() >=
                w.kiosk->overlay()->card()->heightForWidth(w.kiosk->overlay()->card()->width()));
        QVERIFY(w.kiosk->overlay()->titleLabel()->text().contains(u"Essayez le compte ameli"));
        QVERIFY(w.kiosk->overlay()->textLabel()->text().contains(u"Ne saisissez jamais"));
        QVERIFY(w.card->isVisible());
        QVERIFY(w.card->identityText().contains(
            QStringLiteral("2 85 07 75 056 123").replace(u' ', QChar(0x00A0))));
        w.advance(1h);
        w.kiosk->checkIdle();
        QVERIFY(w.kiosk->isWelcoming());
        w.beginVisit();
        QCOMPARE(w.step(), JourneyStep::Home);
    }

    // The countdown covers the whole window; a click on a button behind it does not press it.
    void countdownIsAModalLayer()
    {
        KioskWorld w;
        w.beginVisit();
        w.advance(KioskController::kIdleBeforeWarning);
        w.kiosk->checkIdle();
        QVERIFY(w.kiosk->isCountingDown());
        screenshot(w.window.get(), QStringLiteral("kiosk-compte-a-rebours"));
        KioskOverlay *overlay = w.kiosk->overlay();
        QCOMPARE(overlay->geometry(), w.window->rect());
        QCOMPARE(QApplication::focusWidget(), overlay->button());
        QPushButton *connect = w.button(QStringLiteral("Connectez-vous"));
        QVERIFY(connect);
        const QPoint behind = connect->mapTo(w.window.get(), connect->rect().center());
        QWidget *hit = w.window->childAt(behind);
        QVERIFY(hit == overlay || overlay->isAncestorOf(hit));
        QTest::mouseClick(overlay, Qt::LeftButton, Qt::NoModifier, behind);
        QCOMPARE(w.step(), JourneyStep::Home);
        // The click said someone is there: the countdown is gone, the page is as it was.
        QVERIFY(!w.kiosk->isCountingDown());
    }

    // --kiosk-idle and --kiosk-countdown: the delays are the trainer's.
    void delaysAreOptions()
    {
        KioskDelays delays;
        delays.idleBeforeWarning = 60s;
        delays.countdown = 10s;
        KioskWorld w(delays);
        w.beginVisit();
        w.advance(59s);
        w.kiosk->checkIdle();
        QVERIFY(!w.kiosk->isCountingDown());
        w.advance(1s);
        w.kiosk->checkIdle();
        QVERIFY(w.kiosk->isCountingDown());
        QVERIFY(w.kiosk->countdownLabel()->text().contains(u"10 s"));
        QSignalSpy reset(w.kiosk.get(), &KioskController::resetDone);
        w.advance(10s);
        w.kiosk->checkIdle();
        QCOMPARE(reset.count(), 1);
        // The next visitor is welcomed again.
        QVERIFY(w.kiosk->isWelcoming());
    }
};

QTEST_MAIN(TestKioskGui)
#include "tst_kioskgui.moc"
