#include "RecordingWorld.h"
#include "journey/StepKeys.h"
#include "pages/LoginPage.h"
#include "pages/PersonalCodePage.h"
#include "replay/ReplayOverlay.h"
#include "replay/ReplayWindow.h"
#include "store/AccountRepository.h"
#include "store/StoreError.h"
#include "widgets/PasswordField.h"
#include "widgets/RuleChecklist.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSlider>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace ameli;

namespace {

// A short attempt on the real screens: a misclick, a refused personal code (P5 and P6), then
// the right one.
qint64 recordAttempt(RecordingWorld &w)
{
    w.startScenario(QStringLiteral("regle-p5"), QStringLiteral("P12"));
    w.pass(2000);
    w.clickButton(QStringLiteral("Connectez-vous"));
    w.pass(1500);
    UserActions::click(RecordingWorld::titleOf(w.window->currentPage()));
    w.pass(1500);
    auto *login = w.page<LoginPage>(JourneyStep::Login);
    UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
    UserActions::type(login->codeEdit(), w.latestProvisionalCode());
    w.pass(1000);
    w.clickButton(QStringLiteral("ME CONNECTER"));
    w.pass(6000);
    auto *personal = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
    UserActions::type(personal->codeField(), QStringLiteral("Camille1407!"));
    UserActions::type(personal->confirmField(), QStringLiteral("Camille1407?"));
    w.pass(1000);
    w.clickButton(QStringLiteral("CONTINUER"));
    w.pass(4000);
    UserActions::type(personal->codeField(), QStringLiteral("Tulipe+Rhone9"));
    UserActions::type(personal->confirmField(), QStringLiteral("Tulipe+Rhone9"));
    w.clickButton(QStringLiteral("CONTINUER"));
    return w.lastAttempt().id;
}

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

// Replay: a recorded attempt played again on the real pages, in its own window and store.
class TestReplayGui : public QObject
{
    Q_OBJECT

private slots:
    // The replay reaches the same pages in the same order and shows the same errors beside the
    // same fields; secret fields show bullets of the typed length.
    void replayShowsTheSamePagesAndErrors()
    {
        RecordingWorld w;
        const qint64 id = recordAttempt(w);
        const QList<AttemptEvent> events = AttemptRepository(*w.db).events(id);
        QStringList recordedPages;
        const AttemptEvent *refusal = nullptr;
        for (const AttemptEvent &e : events) {
            if (e.kind == EventKind::PageShown)
                recordedPages << e.step;
            if (e.kind == EventKind::ServiceResult && !e.problem.isEmpty())
                refusal = &e;
        }
        QVERIFY(refusal);

        ReplayWindow replay(*w.db, id);
        replay.show();
        QSignalSpy pages(replay.frame(), &MainWindow::pageShown);
        QCOMPARE(replay.frame()->currentPage()->step(), JourneyStep::Home);
        replay.seek(replay.duration());
        QStringList replayed{QStringLiteral("home")};
        for (const QList<QVariant> &args : std::as_const(pages)) {
            const QString step = StepKeys::key(args.at(0).value<JourneyStep>());
            if (replayed.last() != step)
                replayed << step;
        }
        QCOMPARE(replayed, recordedPages);
        QCOMPARE(replay.applied(), int(events.size()));
        QCOMPARE(replay.eventList()->currentItem(),
                 replay.eventList()->topLevelItem(int(events.size()) - 1));

        // Back to the moment of the refusal: the errors are under their fields, as they were.
        replay.seek(refusal->elapsedMs);
        QCOMPARE(replay.frame()->currentPage()->step(), JourneyStep::PersonalCode);
        const QJsonObject errors = QJsonDocument::fromJson(refusal->detail.toUtf8()).object();
        Page *page = replay.frame()->currentPage();
        QCOMPARE(page->field(field::newCode)->error(), errors.value(field::newCode).toString());
        QCOMPARE(page->field(field::confirmCode)->error(),
                 errors.value(field::confirmCode).toString());
        auto *personal = qobject_cast<PersonalCodePage *>(page);
        QCOMPARE(personal->codeField()->lineEdit()->text().size(), 12);
        QVERIFY(!personal->codeField()->lineEdit()->text().contains(u"Camille"));
        QCOMPARE(personal->codeField()->lineEdit()->echoMode(), QLineEdit::Password);
        // The rules met, as they were recorded (P5 was not).
        QVERIFY(personal->checklist()->isMet(CodeRule::Length));
        QVERIFY(!personal->checklist()->isMet(CodeRule::NoPersonalData));

        // On the login page the number shows only what the log keeps of it.
        replay.seek(5500);
        QCOMPARE(replay.frame()->currentPage()->step(), JourneyStep::Login);
        auto *login = qobject_cast<LoginPage *>(replay.frame()->currentPage());
        QCOMPARE(login->nirEdit()->text(), QStringLiteral("28507********"));
    }

    // Play at 8×: one second of real time shows eight seconds of the attempt, the current event
    // highlighted, the misclick drawn where it happened; the slider follows.
    void playbackAtEightTimes()
    {
        RecordingWorld w;
        const qint64 id = recordAttempt(w);
        ReplayWindow replay(*w.db, id);
        replay.show();
        QCOMPARE(replay.speedCombo()->count(), 4);
        replay.setSpeed(8);
        QCOMPARE(replay.speedCombo()->currentText(), QStringLiteral("8×"));
        replay.play();
        QVERIFY(replay.isPlaying());
        replay.advance(250);
        QCOMPARE(replay.position(), qint64(2000));
        replay.advance(250);
        QCOMPARE(replay.position(), qint64(4000));
        // The misclick at 3.5 s was crossed while playing: its ring is drawn.
        QVERIFY(replay.overlay()->ringCount() > 0);
        QCOMPARE(replay.slider()->value(), 4000);
        QTreeWidgetItem *current = replay.eventList()->currentItem();
        QVERIFY(current);
        QVERIFY(current->data(0, Qt::UserRole).toLongLong() <= 4000);
        replay.advance(60000);
        QCOMPARE(replay.position(), replay.duration());
        QVERIFY(!replay.isPlaying());
        // The slider jumps anywhere.
        replay.slider()->setValue(2500);
        QCOMPARE(replay.position(), qint64(2500));
        QCOMPARE(replay.frame()->currentPage()->step(), JourneyStep::Login);
    }

    // A note written during the replay is saved with the attempt, at the replay's moment; the
    // live store's simulated world is never touched by a replay.
    void notesAreSavedAndTheLiveStoreIsUntouched()
    {
        RecordingWorld w;
        const qint64 id = recordAttempt(w);
        const QStringList tables{QStringLiteral("persons"), QStringLiteral("accounts"),
                                 QStringLiteral("mails"), QStringLiteral("validation_links")};
        QList<qint64> before;
        for (const QString &t : tables)
            before << count(*w.db, t);
        const qint64 personId =
            PersonRepository(*w.db).findByNir(QLatin1String(TestWorld::kNir))->id;
        const Account account = AccountRepository(*w.db).require(personId);
        {
            ReplayWindow replay(*w.db, id);
            replay.show();
            replay.seek(replay.duration());
            replay.seek(12000);
            QSignalSpy changed(&replay, &ReplayWindow::notesChanged);
            replay.noteEdit()->setText(QStringLiteral("Hésite longtemps sur le code"));
            QTest::keyClick(replay.noteEdit(), Qt::Key_Return);
            QCOMPARE(changed.count(), 1);
        }
        const QList<AttemptNote> notes = AttemptRepository(*w.db).notes(id);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().atMs, qint64(12000));
        QCOMPARE(notes.first().text, QStringLiteral("Hésite longtemps sur le code"));
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(count(*w.db, tables.at(i)), before.at(i));
        const Account after = AccountRepository(*w.db).require(account.personId);
        QCOMPARE(after.personalCodeHash, account.personalCodeHash);
        QCOMPARE(int(after.state), int(account.state));
    }

    // A deleted attempt cannot be replayed: the window says so instead of opening empty.
    void replayOfAMissingAttemptIsRefused()
    {
        RecordingWorld w;
        bool refused = false;
        try {
            ReplayWindow replay(*w.db, 4242);
        } catch (const StoreError &e) {
            refused = e.message().contains(u"n'existe plus");
        }
        QVERIFY(refused);
    }
};

QTEST_MAIN(TestReplayGui)
#include "tst_replaygui.moc"
