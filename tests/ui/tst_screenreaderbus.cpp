// What reaches a screen reader, counted on a real accessibility bus: run through
// tests/support/with-accessibility-bus.sh (Xvfb, D-Bus, AT-SPI), as CTest does. Qt only sends
// accessibility events when its bridge is on, so these checks cannot run offscreen.
#include "GuiWorld.h"
#include "pages/ForgottenCodePage.h"
#include "pages/LoginPage.h"
#include "pages/PersonalCodePage.h"
#include "widgets/CaptchaBox.h"
#include "widgets/LiveRegion.h"
#include "widgets/PasswordField.h"
#include "widgets/StrengthMeter.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace ameli;
using namespace std::chrono_literals;

namespace {

struct Heard
{
    QAccessible::Event type;
    QObject *object;
    QString said; // what a live region said, at the time it said it
};

QList<Heard> g_heard;

void listen(QAccessibleEvent *event)
{
    auto *region = qobject_cast<LiveRegion *>(event->object());
    g_heard << Heard{event->type(), event->object(), region ? region->text() : QString()};
}

// What the screen reader is told between two moments of a test.
struct BusRecorder
{
    BusRecorder() { QAccessible::installUpdateHandler(listen); }
    ~BusRecorder() { QAccessible::installUpdateHandler(nullptr); }

    QList<Heard> take()
    {
        QCoreApplication::processEvents();
        return std::exchange(g_heard, {});
    }
};

// Announcements are the live region coming into view: the texts it said, in order.
QStringList announcements(const QList<Heard> &heard, QWidget *window)
{
    QStringList said;
    LiveRegion *region = LiveRegion::of(window);
    for (const Heard &h : heard) {
        if (h.type == QAccessible::ObjectShow && h.object == region)
            said << h.said;
    }
    return said;
}

// Every page built now: those the window builds once it is up would be heard meanwhile.
void buildAllPages(MainWindow &window)
{
    for (int step = int(JourneyStep::Home); step <= int(JourneyStep::AccountHome); ++step)
        window.page(JourneyStep(step));
    QCoreApplication::processEvents();
}

QMap<QLabel *, QString> labelTexts(QWidget *page)
{
    QMap<QLabel *, QString> texts;
    for (QLabel *label : page->findChildren<QLabel *>())
        texts.insert(label, label->text());
    return texts;
}

} // namespace

class TestScreenReaderBus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The bridge connects to the bus while the event loop runs.
        QTRY_VERIFY2_WITH_TIMEOUT(
            QAccessible::isActive(),
            "no accessibility bus: run through tests/support/with-accessibility-bus.sh", 5000);
    }

    // X4: typing a new code sends a handful of events per key, never tens; an unfocused
    // label is renamed only when its text changes; the strength level is announced once each
    // time it changes, and a rule met is announced as it becomes met.
    void typingIsQuiet_X4()
    {
        GuiWorld w;
        w.requestCode();
        w.journey->login(QLatin1String(TestWorld::kNir), w.latestProvisionalCode());
        w.journey->answerConditions(true);
        JourneyResult toStep2;
        toStep2.step = JourneyStep::PersonalCode;
        w.window->go(toStep2);
        auto *p = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        QLineEdit *edit = p->codeField()->lineEdit();
        edit->setFocus();
        QCoreApplication::processEvents();
        buildAllPages(*w.window);
        BusRecorder bus;
        bus.take();

        qsizetype most = 0;
        int levelChanges = 0;
        const QString code = QStringLiteral("Cerf-volant*Brume=Ardoise42");
        for (QChar c : code) {
            const QString levelBefore = p->meter()->word();
            const QMap<QLabel *, QString> before = labelTexts(p);
            QTest::keyClick(edit, c.toLatin1());
            const QList<Heard> heard = bus.take();
            most = std::max(most, heard.size());
            for (const Heard &h : heard) {
                auto *label = qobject_cast<QLabel *>(h.object);
                // (Labels of pages built meanwhile, once the window is up, are not this page's.)
                if (h.type == QAccessible::NameChanged && label && before.contains(label)) {
                    QVERIFY2(before.value(label) != label->text(),
                             qPrintable(QStringLiteral("« %1 » renamed unchanged after '%2'")
                                            .arg(label->text(), c)));
                }
            }
            // One announcement at most per key: what changed, said together.
            const QStringList said = announcements(heard, w.window.get());
            QVERIFY(said.size() <= 1);
            const QString spoken = said.value(0);
            const QString level = p->meter()->word();
            const QString levelMessage =
                QStringLiteral("Niveau indicatif de sécurité : %1").arg(level);
            if (level != levelBefore && !level.isEmpty()) {
                ++levelChanges;
                QVERIFY2(spoken.contains(levelMessage), qPrintable(spoken));
            } else {
                QVERIFY2(!spoken.contains(u"Niveau indicatif"), qPrintable(spoken));
            }
            if (!spoken.isEmpty()) {
                QVERIFY2(spoken.startsWith(u"Niveau indicatif") ||
                             spoken.startsWith(u"Règle respectée"),
                         qPrintable(spoken));
            }
        }
        QCOMPARE(edit->text(), code);
        QVERIFY(levelChanges >= 2);
        // Before the live region, a key sent up to 12 events, 5 of them renaming labels.
        QVERIFY2(most <= 8, qPrintable(QString::number(most)));
    }

    // X3, X4: a new CAPTCHA is announced with its time left; running out is said once.
    void newCaptchaSaysTheTimeLeft_X3_X4()
    {
        GuiWorld w;
        w.window->follow(NavigationLink::ForgottenCode);
        auto *p = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
        CaptchaBox *box = p->captchaBox();
        w.advance(2min);
        buildAllPages(*w.window);
        BusRecorder bus;
        bus.take();
        box->renewButton()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(box->renewButton(), Qt::Key_Space);
        QCOMPARE(announcements(bus.take(), w.window.get()),
                 QStringList{QStringLiteral("Une nouvelle liste de caractères est affichée. "
                                            "Temps restant : 5 min 00 s")});
        // The countdown ticking is not announced.
        w.advance(30s);
        QCOMPARE(announcements(bus.take(), w.window.get()), QStringList());
        w.advance(5min);
        w.advance(1s);
        w.advance(1s);
        const QStringList said = announcements(bus.take(), w.window.get());
        QCOMPARE(said.size(), 1);
        QVERIFY(said.first().startsWith(u"Le délai de 5 minutes est dépassé"));
    }

    // X2: a refused field is announced with its message, from where the person is.
    void errorIsAnnounced_X2()
    {
        GuiWorld w;
        w.window->follow(NavigationLink::ConnectYourself);
        buildAllPages(*w.window);
        BusRecorder bus;
        bus.take();
        w.clickButton(QStringLiteral("ME CONNECTER"));
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        const QStringList said = announcements(bus.take(), w.window.get());
        QCOMPARE(said.size(), 1);
        QVERIFY(said.first().contains(login->field(field::nir)->error()));
    }
};

QTEST_MAIN(TestScreenReaderBus)
#include "tst_screenreaderbus.moc"
