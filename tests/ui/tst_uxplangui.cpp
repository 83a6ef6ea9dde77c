#include "RecordingWorld.h"
#include "Screenshots.h"
#include "attempts/AttemptDigest.h"
#include "attempts/AttemptExporter.h"
#include "attempts/UxPlanParser.h"
#include "debrief/DebriefWindow.h"
#include "ux/SeqDialog.h"
#include "ux/SusDialog.h"
#include "ux/UxPlanSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace ameli;

namespace {

const char kPlan[] = R"({
  "id": "activation",
  "title": "Test : activer son compte",
  "tasks": [
    { "id": "spam", "title": "Retrouver le mail",
      "text": "Le mail de confirmation n'est pas arrivé : activez votre compte.",
      "scenario": "t2-courrier-indesirable" },
    { "id": "activer", "title": "Activer son compte",
      "text": "Activez votre compte ameli.", "scenario": "nominal" },
    { "id": "chrono", "title": "Reprendre avec un code expiré",
      "text": "Votre code a plus de 30 minutes : commencez l'activation.",
      "scenario": "code-provisoire-expire", "timeLimitMinutes": 1 }
  ]
})";

UxPlan plan(const ScenarioCatalog &catalog)
{
    QString problem;
    const std::optional<UxPlan> p =
        UxPlanParser::parse(QByteArray(kPlan), QStringLiteral("plan.json"), catalog, &problem);
    if (!p)
        qFatal("plan refused: %s", qPrintable(problem));
    return *p;
}

// The SEQ answered with the keyboard: arrows to the value, Enter to validate.
void answerSeq(UxPlanSession &ux, int value)
{
    QTRY_VERIFY(ux.seqDialog() && ux.seqDialog()->isVisible());
    SeqDialog *seq = ux.seqDialog();
    screenshot(seq, QStringLiteral("seq"));
    QAbstractButton *first = seq->choices()->button(1);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    for (int i = 1; i < value; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(seq->value(), std::optional<int>(value));
    QVERIFY(seq->validateButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

void answerSus(UxPlanSession &ux, const QList<int> &answers)
{
    QTRY_VERIFY(ux.susDialog() && ux.susDialog()->isVisible());
    SusDialog *sus = ux.susDialog();
    screenshot(sus, QStringLiteral("sus"));
    QVERIFY(!sus->validateButton()->isEnabled());
    for (int i = 0; i < answers.size(); ++i)
        UserActions::click(sus->item(i)->button(answers.at(i)));
    QVERIFY(sus->validateButton()->isEnabled());
    UserActions::click(sus->validateButton());
}

} // namespace

// A UX test plan: tasks in turn from a fresh situation each, the card, the SEQ after each, the
// SUS at the end, outcomes of every kind, and the files a tester takes away.
class TestUxPlanGui : public QObject
{
    Q_OBJECT

private slots:
    void threeTasksTwoParticipants()
    {
        RecordingWorld w;
        const UxPlan p = plan(w.catalog);

        // P01: the mail found in the spam folder, then gives up, then runs out of time.
        UxPlanSession first(p, QStringLiteral("P01"), *w.session, *w.card);
        QSignalSpy over(&first, &UxPlanSession::over);
        first.start();
        QCOMPARE(first.taskIndex(), 0);
        QVERIFY(w.card->headingLabel()->text().startsWith(u"Tâche 1 sur 3 : Retrouver le mail"));
        QVERIFY(w.card->identityText().contains(u"Nadia Haddad"));
        QVERIFY(w.card->identityText().contains(u"Nadia+Rose7"));
        screenshot(w.window.get(), QStringLiteral("ux-tache-1"));
        UserActions::click(w.window->mailboxButton());
        MailboxWindow *mailbox = w.window->mailbox();
        QListWidget *folders = mailbox->folderList();
        QTest::mouseClick(folders->viewport(), Qt::LeftButton, Qt::NoModifier,
                          folders->visualItemRect(folders->item(1)).center());
        UserActions::clickRow(mailbox->mailList(), 0);
        QVERIFY(UserActions::clickLink(mailbox->reader(), QStringLiteral("confirmation-email")));
        w.waitIdle();
        answerSeq(first, 6);
        QTRY_COMPARE(first.taskIndex(), 1);
        QVERIFY(w.card->headingLabel()->text().startsWith(u"Tâche 2 sur 3"));
        // A fresh situation: the previous task's mails are gone.
        QVERIFY(w.mails().everything(QStringLiteral("nadia.haddad@courriel-prudent.fr")).isEmpty());

        w.pass(5000);
        UserActions::click(w.card->giveUpButton());
        UserActions::click(w.card->confirmGiveUpButton());
        answerSeq(first, 2);
        QTRY_COMPARE(first.taskIndex(), 2);

        w.pass(59000);
        first.checkTimeLimit();
        QVERIFY(w.recorder->isRecording());
        w.pass(1000);
        first.checkTimeLimit();
        QVERIFY(!w.recorder->isRecording());
        QTRY_VERIFY(first.seqDialog() && first.seqDialog()->isVisible());
        UserActions::click(first.seqDialog()->skipButton());
        answerSus(first, {4, 2, 4, 1, 5, 2, 4, 2, 4, 2});
        QTRY_COMPARE(over.count(), 1);
        QVERIFY(first.isOver());
        QCOMPARE(w.card->headingLabel()->text(), QStringLiteral("Séance terminée"));

        // P02: says "J'ai terminé" each time without reaching the objective.
        UxPlanSession second(p, QStringLiteral("P02"), *w.session, *w.card);
        second.start();
        for (int task = 0; task < 3; ++task) {
            QTRY_COMPARE(second.taskIndex(), task);
            w.pass(2000);
            UserActions::click(w.card->finishButton());
            answerSeq(second, 4);
        }
        answerSus(second, {3, 3, 3, 3, 3, 3, 3, 3, 3, 3});
        QTRY_VERIFY(second.isOver());

        const AttemptRepository repository(*w.db);
        QCOMPARE(repository.planRuns().size(), 2);
        const QList<Attempt> attempts = repository.list();
        QCOMPARE(attempts.size(), 6);
        QList<AttemptOutcome> outcomes;
        for (auto it = attempts.crbegin(); it != attempts.crend(); ++it) {
            QCOMPARE(it->spec.mode, AttemptMode::UxTest);
            QCOMPARE(it->spec.planId, QStringLiteral("activation"));
            outcomes << it->outcome;
        }
        QCOMPARE(outcomes,
                 (QList<AttemptOutcome>{AttemptOutcome::Reached, AttemptOutcome::GivenUp,
                                        AttemptOutcome::TimedOut, AttemptOutcome::NotReached,
                                        AttemptOutcome::NotReached, AttemptOutcome::NotReached}));
        // SEQ per task (none for the skipped one), SUS per participant.
        const Attempt spam = attempts.at(5);
        QCOMPARE(repository.answersOfAttempt(spam.id).first().value, 6);
        QVERIFY(repository.answersOfAttempt(attempts.at(3).id).isEmpty());
        const QHash<qint64, double> sus = AttemptDigest::susScores(*w.db);
        QCOMPARE(sus.value(first.planRunId()), 80.0);
        QCOMPARE(sus.value(second.planRunId()), 50.0);
        const QList<GroupMeasures> groups = AttemptDigest::groups(AttemptDigest::load(*w.db), sus);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.first().title, QStringLiteral("Retrouver le mail"));
        QCOMPARE(*groups.first().meanSus, 65.0);
        QCOMPARE(*groups.first().meanSeq, 5.0);

        // The debrief shows the whole plan, or one of its tasks.
        DebriefWindow debrief(*w.db);
        const int plan = debrief.activityCombo()->findData(QStringLiteral("plan:activation"));
        QVERIFY(plan > 0);
        QCOMPARE(debrief.activityCombo()->itemText(plan),
                 QStringLiteral("Plan de test : Test : activer son compte"));
        debrief.activityCombo()->setCurrentIndex(plan);
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 6);
        debrief.activityCombo()->setCurrentIndex(
            debrief.activityCombo()->findData(QStringLiteral("activation/spam")));
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 2);

        // What the tester takes away.
        QTemporaryDir out;
        const ExportResult files = AttemptExporter(*w.db).exportTo(out.path(), {});
        QVERIFY(files.ok);
        QCOMPARE(files.attempts, 6);
    }
};

QTEST_MAIN(TestUxPlanGui)
#include "tst_uxplangui.moc"
