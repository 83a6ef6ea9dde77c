#include "RecordingWorld.h"
#include "Screenshots.h"
#include "debrief/DebriefWindow.h"
#include "debrief/GroupView.h"
#include "debrief/TimelineView.h"
#include "pages/ForgottenCodePage.h"
#include "pages/LoginPage.h"
#include "widgets/CaptchaBox.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>

using namespace ameli;
using namespace std::chrono_literals;

namespace {

// One trainee on "compte-bloque": the locked account (the scenario's L3), a wrong CAPTCHA (F4),
// then the code.
void playLockedAccount(RecordingWorld &w, const QString &participant, bool slip, qint64 pace)
{
    w.startScenario(QStringLiteral("compte-bloque"), participant);
    w.pass(pace);
    w.clickButton(QStringLiteral("Connectez-vous"));
    auto *login = w.page<LoginPage>(JourneyStep::Login);
    UserActions::type(login->nirEdit(), QStringLiteral("2630469381077"));
    UserActions::type(login->codeEdit(), QStringLiteral("Tulipe&Rhone8"));
    w.clickButton(QStringLiteral("ME CONNECTER"));
    w.clickButton(QStringLiteral("Code oublié ?"));
    auto *p = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
    UserActions::type(p->nirEdit(), QStringLiteral("2630469381077"));
    UserActions::type(p->birthDateEdit(), QStringLiteral("12/04/1963"));
    if (slip) {
        UserActions::type(p->captchaBox()->answerEdit(), QStringLiteral("aaaaaa"));
        w.pass(pace);
        w.clickButton(QStringLiteral("VALIDER"));
    }
    UserActions::type(p->captchaBox()->answerEdit(), w.journey->captcha().current().characters);
    w.pass(pace);
    w.clickButton(QStringLiteral("VALIDER"));
    QVERIFY(w.session->solved());
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

// The debrief: attempts listed and filtered, one attempt on its timeline, the group's
// measures and charts, PDF reports, housekeeping with confirmation.
class TestDebriefGui : public QObject
{
    Q_OBJECT

private slots:
    void listsFiltersAndShowsOneAttempt()
    {
        RecordingWorld w;
        playLockedAccount(w, QStringLiteral("P01"), true, 30000);
        playLockedAccount(w, QStringLiteral("P02"), false, 10000);
        w.startScenario(QStringLiteral("nominal"), QStringLiteral("P02"));
        UserActions::click(w.card->giveUpButton());
        UserActions::click(w.card->confirmGiveUpButton());

        DebriefWindow debrief(*w.db);
        debrief.show();
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 3);
        // Newest first.
        QCOMPARE(debrief.attemptList()->topLevelItem(0)->text(1), QStringLiteral("P02"));
        QCOMPARE(debrief.attemptList()->topLevelItem(0)->text(4),
                 QStringLiteral("Échec : abandon"));

        debrief.participantCombo()->setCurrentIndex(
            debrief.participantCombo()->findData(QStringLiteral("P01")));
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 1);
        const std::optional<AttemptDigest> d = debrief.selected();
        QVERIFY(d);
        QCOMPARE(d->attempt.spec.participant, QStringLiteral("P01"));
        QVERIFY(debrief.summaryLabel()->text().contains(u"Réussite directe en 1 min 30 s"));
        QVERIFY(debrief.errorsLabel()->text().contains(u"Erreur : F4"));
        QVERIFY(
            debrief.errorsLabel()->text().contains(u"Situation du scénario (non comptée) : L3"));
        // The timeline says its steps and marks in words too.
        const QStringList words = debrief.timeline()->describe();
        QVERIFY(words.contains(QStringLiteral("Code oublié ? : 1 min 00 s")));
        QVERIFY(std::any_of(words.begin(), words.end(),
                            [](const QString &l) { return l.startsWith(u"à 1 min 00 s : F4"); }));

        debrief.participantCombo()->setCurrentIndex(0);
        debrief.activityCombo()->setCurrentIndex(
            debrief.activityCombo()->findData(QStringLiteral("nominal")));
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 1);
        debrief.activityCombo()->setCurrentIndex(0);
        debrief.allDatesCheck()->setChecked(false);
        debrief.sinceEdit()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 0);
        QVERIFY(debrief.summaryLabel()->text().contains(u"Aucune tentative"));
    }

    // The group view: success rate, median time, the frequent errors by rule, as numbers and
    // as charts; a note written on the timeline is kept and shown.
    void groupViewAndNotes()
    {
        RecordingWorld w;
        playLockedAccount(w, QStringLiteral("P01"), true, 30000);
        playLockedAccount(w, QStringLiteral("P02"), true, 10000);
        playLockedAccount(w, QStringLiteral("P03"), false, 20000);
        DebriefWindow debrief(*w.db);
        debrief.show();
        GroupView *group = debrief.groupView();
        QCOMPARE(group->groups().size(), 1);
        const GroupMeasures g = *group->currentGroup();
        QCOMPARE(g.attempts, 3);
        QCOMPARE(g.reached, 3);
        QCOMPARE(g.time.median, qint64(40000));
        QCOMPARE(g.frequentErrors.first().rule, QStringLiteral("F4"));
        QCOMPARE(g.frequentErrors.first().attempts, 2);
        QVERIFY(group->summaryLabel()->text().contains(u"réussite : 100 %"));
        QVERIFY(group->summaryLabel()->text().contains(u"médiane 40 s"));
        QVERIFY(group->summaryLabel()->text().contains(u"F4 : 2 fois (2 tentative(s))"));
        for (QChartView *chart : group->charts()) {
            QVERIFY(!chart->chart()->series().isEmpty());
            QVERIFY(!chart->accessibleDescription().isEmpty());
        }
        QCOMPARE(group->table()->topLevelItem(0)->text(2), QStringLiteral("100 %"));
        debrief.tabs()->setCurrentIndex(1);
        screenshot(&debrief, QStringLiteral("debriefing-groupe"));

        emit debrief.timeline()->momentClicked(45000);
        debrief.noteEdit()->setText(QStringLiteral("Relit la consigne"));
        QTest::keyClick(debrief.noteEdit(), Qt::Key_Return);
        QCOMPARE(debrief.notesList()->count(), 1);
        QCOMPARE(debrief.notesList()->item(0)->text(),
                 QStringLiteral("à 45 s : Relit la consigne"));
        QCOMPARE(AttemptRepository(*w.db).notes(debrief.selected()->attempt.id).first().atMs,
                 qint64(45000));
    }

    // PDF reports: one attempt (its measures, mistakes with rules and messages, its notes, the
    // timeline) and the group (the table, the sentences, the charts), A4, with text one can read.
    void pdfReports()
    {
        RecordingWorld w;
        playLockedAccount(w, QStringLiteral("P01"), true, 30000);
        playLockedAccount(w, QStringLiteral("P02"), false, 10000);
        DebriefWindow debrief(*w.db);
        debrief.show();
        debrief.participantCombo()->setCurrentIndex(
            debrief.participantCombo()->findData(QStringLiteral("P01")));
        AttemptRepository(*w.db).addNote(debrief.selected()->attempt.id, 60000,
                                         QStringLiteral("Recopie trop vite"),
                                         QDateTime::currentDateTimeUtc());
        QTemporaryDir dir;
        const QString attemptPdf = dir.filePath(QStringLiteral("tentative.pdf"));
        debrief.setChooseFile(
            [&attemptPdf](const QString &, const QString &) { return attemptPdf; });
        debrief.writeAttemptReport();
        QVERIFY2(debrief.statusLabel()->text().startsWith(u"Rapport enregistré"),
                 qPrintable(debrief.statusLabel()->text()));
        const QString text = pdfText(attemptPdf);
        for (const char *expected :
             {"Tentative de P01", "Compte bloqué", "données", "Réussite directe", "Frise",
              "F4 — Les caractères saisis ne correspondent pas", "Recopie trop vite",
              "Temps par étape", "Code oublié ?"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(pdfPages(attemptPdf) >= 1);
        QVERIFY(!text.contains(QStringLiteral("2630469381077")));

        debrief.participantCombo()->setCurrentIndex(0);
        const QString groupPdf = dir.filePath(QStringLiteral("groupe.pdf"));
        debrief.setChooseFile([&groupPdf](const QString &, const QString &) { return groupPdf; });
        debrief.writeGroupReport();
        const QString group = pdfText(groupPdf);
        QVERIFY(group.contains(u"Résultats du groupe"));
        QVERIFY(group.contains(u"2 tentative(s)"));
        QVERIFY(group.contains(u"Erreurs les plus fréquentes : F4"));

        // A place that cannot be written: a message, no file.
        debrief.setChooseFile([](const QString &, const QString &) {
            return QStringLiteral("/nonexistent/dossier/rapport.pdf");
        });
        debrief.writeAttemptReport();
        QVERIFY(debrief.statusLabel()->text().startsWith(u"Impossible d'écrire"));
    }

    // Housekeeping asks first; "no" deletes nothing; "yes" deletes what was asked.
    void housekeepingAsksFirst()
    {
        RecordingWorld w;
        playLockedAccount(w, QStringLiteral("P01"), false, 1000);
        playLockedAccount(w, QStringLiteral("P01"), false, 1000);
        playLockedAccount(w, QStringLiteral("P02"), false, 1000);
        DebriefWindow debrief(*w.db);
        debrief.show();
        QString asked;
        bool answer = false;
        debrief.setConfirm([&](const QString &question) {
            asked = question;
            return answer;
        });
        debrief.deleteSelected();
        QVERIFY(asked.startsWith(u"Supprimer la tentative de P02"));
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 3);
        answer = true;
        debrief.deleteSelected();
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 2);
        debrief.deleteParticipant();
        QVERIFY(asked.contains(u"P01"));
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 0);
        QVERIFY(debrief.statusLabel()->text().contains(u"2 tentative(s) de P01 supprimée(s)"));
        playLockedAccount(w, QStringLiteral("P03"), false, 1000);
        debrief.reload();
        debrief.deleteBefore(QDate::currentDate().addDays(-1));
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 1);
        debrief.deleteBefore(QDate::currentDate().addDays(1));
        QCOMPARE(debrief.attemptList()->topLevelItemCount(), 0);
    }

    // Export from the window: into the folder chosen, with what the filters show.
    void exportFromTheWindow()
    {
        RecordingWorld w;
        playLockedAccount(w, QStringLiteral("P01"), false, 1000);
        playLockedAccount(w, QStringLiteral("P02"), false, 1000);
        DebriefWindow debrief(*w.db);
        debrief.show();
        debrief.participantCombo()->setCurrentIndex(
            debrief.participantCombo()->findData(QStringLiteral("P02")));
        QTemporaryDir dir;
        debrief.setChooseFolder([&dir](const QString &, const QString &) { return dir.path(); });
        debrief.exportAttempts();
        QVERIFY2(debrief.statusLabel()->text().startsWith(u"1 tentative(s)"),
                 qPrintable(debrief.statusLabel()->text()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("statements.jsonl"))));
    }

    // X1: the filters are reached with Tab in reading order, the export after them.
    void filtersInReadingOrderWithTheKeyboard_X1()
    {
        RecordingWorld w;
        DebriefWindow debrief(*w.db);
        debrief.show();
        QApplication::setActiveWindow(&debrief);
        debrief.participantCombo()->setFocus(Qt::TabFocusReason);
        const auto tab = [] {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            return QApplication::focusWidget();
        };
        QCOMPARE(tab(), debrief.activityCombo());
        QCOMPARE(tab(), debrief.allDatesCheck());
        QCOMPARE(tab()->accessibleName(), QStringLiteral("Exporter"));
        debrief.allDatesCheck()->setChecked(false);
        debrief.activityCombo()->setFocus(Qt::TabFocusReason);
        QCOMPARE(tab(), debrief.sinceEdit());
    }

    // The replay opens from the list.
    void replayOpensFromTheList()
    {
        RecordingWorld w;
        playLockedAccount(w, QStringLiteral("P01"), true, 1000);
        DebriefWindow debrief(*w.db);
        debrief.show();
        QSignalSpy opened(&debrief, &DebriefWindow::replayOpened);
        UserActions::click(debrief.replayButton());
        QCOMPARE(opened.count(), 1);
        QWidget *replay = opened.first().first().value<QWidget *>();
        QVERIFY(replay->isVisible());
        replay->close();
    }
};

QTEST_MAIN(TestDebriefGui)
#include "tst_debriefgui.moc"
