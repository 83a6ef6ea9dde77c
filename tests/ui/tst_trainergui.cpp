#include "GuiWorld.h"
#include "agent/AgentAdvisor.h"
#include "attempts/AttemptRecorder.h"
#include "attempts/MeasureCalculator.h"
#include "kiosk/KioskController.h"
#include "pages/ForgottenCodePage.h"
#include "pages/LoginPage.h"
#include "personas/DemoPersonas.h"
#include "recording/InteractionTap.h"
#include "scenarios/ScenarioCatalog.h"
#include "trainer/ScenarioSession.h"
#include "trainer/TrainerPanel.h"
#include "widgets/CaptchaBox.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QFrame>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace ameli;
using namespace std::chrono_literals;

namespace {

// Every interface under `root` that says it is visible, as "role name" lines.
QStringList shownBelow(QAccessibleInterface *root)
{
    QStringList shown;
    for (int i = 0; i < root->childCount(); ++i) {
        QAccessibleInterface *child = root->child(i);
        if (!child)
            continue;
        if (!child->state().invisible)
            shown << QStringLiteral("%1 %2")
                         .arg(int(child->role()))
                         .arg(child->text(QAccessible::Name));
        shown << shownBelow(child);
    }
    return shown;
}

struct TrainerWorld : GuiWorld
{
    ScenarioCatalog catalog;
    SecretHasher hasher{SecretHasher::Cost::Minimal};
    std::unique_ptr<AttemptRecorder> recorder;
    std::unique_ptr<ScenarioSession> session;
    TrainerPanel *panel = nullptr;

    TrainerWorld()
        : GuiWorld(false)
    {
        catalog.load(QStringLiteral("/nonexistent"));
        recorder = std::make_unique<AttemptRecorder>(*db, clock);
        session = std::make_unique<ScenarioSession>(*db, hasher, clock, *recorder);
        new InteractionTap(*recorder, *journey, *window, clock);
        panel = new TrainerPanel(*journey, *db, clock, *session, catalog, *window);
        window->setTrainerPanel(panel);
        panel->show();
    }

    ~TrainerWorld()
    {
        panel->deleteLater();
        recorder->end(AttemptOutcome::Interrupted);
    }

    AttemptMeasures lastMeasures() const
    {
        return MeasureCalculator::compute(*recorder->lastEnded(), recorder->lastEndedEvents());
    }

    QString expiry(const QString &what) const
    {
        for (int i = 0; i < panel->expiries()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = panel->expiries()->topLevelItem(i);
            if (item->text(0).startsWith(what))
                return item->text(2);
        }
        return {};
    }
};

} // namespace

class TestTrainerGui : public QObject
{
    Q_OBJECT

private slots:
    // Setting a scenario up hashes its codes at the login's cost (three here, about 0.4 s):
    // the window keeps turning its event loop meanwhile, and the world is ready when
    // start() returns.
    void scenarioSetUpDoesNotFreezeTheWindow()
    {
        TrainerWorld w;
        const std::optional<Scenario> replaced = w.catalog.find(QStringLiteral("code-remplace"));
        QVERIFY(replaced);
        Scenario three = *replaced;
        three.start.provisionalCodes = 3;
        const SecretHasher loginCost(SecretHasher::Cost::Interactive);
        ScenarioSession session(*w.db, loginCost, w.clock, *w.recorder);
        int turns = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&turns] { ++turns; });
        ticker.start(5);
        session.start(three);
        ticker.stop();
        QVERIFY2(turns >= 3, qPrintable(QString::number(turns)));
        QVERIFY(session.run());
        QCOMPARE(w.mails().everything(QStringLiteral("camille.martin@exemple.fr")).size(), 3);
    }

    // K1, F6, V3, V4, V5: from the panel alone, every delay of the guide is shown expiring.
    void panelShowsEveryDelayExpiring_K1()
    {
        TrainerWorld w;
        w.panel->startScenario(QStringLiteral("validation-j3"));
        QCOMPARE(w.step(), JourneyStep::Home);
        QVERIFY(w.expiry(QStringLiteral("Lien de validation")).contains(QStringLiteral("4 j 0 h")));
        UserActions::click(w.panel->clockButton(QStringLiteral("+7 jours")));
        QCOMPARE(w.expiry(QStringLiteral("Lien de validation")), QStringLiteral("expiré"));
        QVERIFY(w.expiry(QStringLiteral("Adresse mémorisée")).contains(QStringLiteral("11 j 0 h")));
        UserActions::click(w.panel->clockButton(QStringLiteral("+21 jours")));
        QCOMPARE(w.expiry(QStringLiteral("Adresse mémorisée")), QStringLiteral("expiré"));

        // F3 and F6 on another scenario: the CAPTCHA and the code, at +5 and +30 minutes.
        w.panel->startScenario(QStringLiteral("code-remplace"));
        w.window->follow(NavigationLink::ForgottenCode);
        QVERIFY(w.expiry(QStringLiteral("CAPTCHA")).contains(QStringLiteral("min")));
        QVERIFY(w.expiry(QStringLiteral("Code provisoire")).contains(QStringLiteral("min")));
        UserActions::click(w.panel->clockButton(QStringLiteral("+5 min")));
        QCOMPARE(w.expiry(QStringLiteral("CAPTCHA")), QStringLiteral("expiré"));
        UserActions::click(w.panel->clockButton(QStringLiteral("+30 min")));
        QCOMPARE(w.expiry(QStringLiteral("Code provisoire")), QStringLiteral("expiré"));
        QVERIFY(w.panel->agentView()->toPlainText().contains(u"Code provisoire envoyé"));
    }

    // T2: in a scenario the mailbox opens on the persona's own address, where the mail waits
    // in the spam folder.
    void mailboxOpensOnThePersonasAddress_T2()
    {
        TrainerWorld w;
        w.panel->startScenario(QStringLiteral("t2-courrier-indesirable"));
        QCOMPARE(w.window->mailbox()->address(),
                 QStringLiteral("nadia.haddad@courriel-prudent.fr"));
        QVERIFY(w.window->mailboxButton()->text().contains(QStringLiteral("1 non lu")));
    }

    // The current CAPTCHA's characters are shown, so that a trainer can help.
    void captchaCharactersAreShown()
    {
        TrainerWorld w;
        w.window->follow(NavigationLink::ForgottenCode);
        w.panel->refresh();
        QVERIFY(
            w.panel->captchaLabel()->text().endsWith(w.journey->captcha().current().characters));
    }

    // Objectives and feedback: solving says so, with the time and each mistake with its rule
    // and message; the symptom the scenario reproduces (L3: the account is locked) is listed but
    // not counted, a wrong CAPTCHA (F4) is.
    void solvingAScenarioGivesFeedback()
    {
        TrainerWorld w;
        w.panel->startScenario(QStringLiteral("compte-bloque"));
        w.window->follow(NavigationLink::ConnectYourself);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QStringLiteral("2630469381077"));
        UserActions::type(login->codeEdit(), QStringLiteral("Tulipe&Rhone8"));
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QVERIFY(w.notice().contains(u"bloqué") || w.errorOf(field::code).contains(u"bloqué"));
        w.window->follow(NavigationLink::ForgottenCode);
        auto *p = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
        UserActions::type(p->nirEdit(), QStringLiteral("2630469381077"));
        UserActions::type(p->birthDateEdit(), QStringLiteral("12/04/1963"));
        UserActions::type(p->captchaBox()->answerEdit(), QStringLiteral("aaaaaa"));
        w.clickButton(QStringLiteral("VALIDER"));
        QVERIFY(!w.session->solved());
        QVERIFY(w.panel->mistakesLabel()->text().contains(QStringLiteral("Erreur : F4")));
        UserActions::type(p->captchaBox()->answerEdit(), w.journey->captcha().current().characters);
        w.clickButton(QStringLiteral("VALIDER"));
        QVERIFY(w.session->solved());
        const AttemptMeasures m = w.lastMeasures();
        QCOMPARE(m.mistakes.size(), 1);
        QCOMPARE(m.mistakes.first().rules, QStringList{QStringLiteral("F4")});
        QCOMPARE(m.symptoms.size(), 1);
        QCOMPARE(m.symptoms.first().rules, QStringList{QStringLiteral("L3")});
        QVERIFY(w.panel->feedback()->isVisible());
        QVERIFY(w.panel->feedback()->text().contains(u"Objectif atteint"));
        QVERIFY(w.panel->feedback()->text().contains(u"1 erreur"));
        const QString list = w.panel->mistakesLabel()->text();
        QVERIFY(list.contains(
            QStringLiteral("Erreur : F4 — Les caractères saisis ne correspondent pas")));
        QVERIFY(list.contains(QStringLiteral("Situation du scénario (non comptée) : L3")));
    }

    // F3, F4 in the scenario made for them: the refused then expired CAPTCHA is the situation
    // reproduced, listed but not counted as a mistake.
    void scenarioSymptomIsNotAMistake_F3_F4()
    {
        TrainerWorld w;
        w.panel->startScenario(QStringLiteral("captcha-errone-puis-expire"));
        w.window->follow(NavigationLink::ForgottenCode);
        auto *p = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
        UserActions::type(p->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(p->birthDateEdit(), QLatin1String(TestWorld::kBirth));
        UserActions::type(p->captchaBox()->answerEdit(), QStringLiteral("aaaaaa"));
        w.clickButton(QStringLiteral("VALIDER"));
        w.advance(6min);
        UserActions::type(p->captchaBox()->answerEdit(), w.journey->captcha().current().characters);
        w.clickButton(QStringLiteral("VALIDER"));
        UserActions::type(p->captchaBox()->answerEdit(), w.journey->captcha().current().characters);
        w.clickButton(QStringLiteral("VALIDER"));
        QVERIFY(w.session->solved());
        const AttemptMeasures m = w.lastMeasures();
        QCOMPARE(m.mistakes.size(), 0);
        QCOMPARE(m.symptoms.size(), 2);
        QVERIFY(w.panel->feedback()->text().contains(u"0 erreur"));
    }

    // Guided mode shows hints one by one; exam mode hides them.
    void guidedAndExamModes()
    {
        TrainerWorld w;
        w.panel->startScenario(QStringLiteral("nominal"));
        QVERIFY(w.panel->nextHintButton()->isEnabled());
        UserActions::click(w.panel->nextHintButton());
        const Scenario s = *w.catalog.find(QStringLiteral("nominal"));
        QVERIFY(w.panel->hintsLabel()->text().contains(s.hints.first()));
        QVERIFY(!w.panel->hintsLabel()->text().contains(s.hints.at(1)));
        w.panel->modeCombo()->setCurrentIndex(1);
        QVERIFY(!w.panel->hintsLabel()->text().contains(s.hints.first()));
        QVERIFY(!w.panel->nextHintButton()->isEnabled());
    }

    // X4: a hidden panel says nothing to a screen reader, not even the choices of its closed
    // lists; an open list shows its choices and is used with the keyboard.
    void hiddenPanelIsNotShown_X4()
    {
        TrainerWorld w;
        w.panel->hide();
        QCoreApplication::processEvents();
        QAccessibleInterface *panel = QAccessible::queryAccessibleInterface(w.panel);
        QVERIFY(panel->state().invisible);
        QCOMPARE(shownBelow(panel), QStringList());

        w.panel->show();
        QCoreApplication::processEvents();
        // Shown again, the panel's rows are there and visible.
        QVERIFY(w.panel->expiries()->height() > 40);
        QAccessibleInterface *rows = QAccessible::queryAccessibleInterface(w.panel->expiries());
        QVERIFY(shownBelow(rows).join(u'|').contains(QStringLiteral("CAPTCHA (5 min)")));
        w.panel->hide();
        QCOMPARE(shownBelow(panel), QStringList());
        w.panel->show();
        QCoreApplication::processEvents();
        QVERIFY(w.panel->expiries()->height() > 40);

        QComboBox *mode = w.panel->modeCombo();
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(mode->view());
        QVERIFY(list->childCount() >= 2);
        QCOMPARE(shownBelow(list), QStringList());
        mode->setFocus(Qt::TabFocusReason);
        QTest::keyClick(mode, Qt::Key_F4);
        QTRY_VERIFY(mode->view()->isVisible());
        QVERIFY(mode->view()->height() > 0);
        QVERIFY(shownBelow(list).join(u'|').contains(mode->itemText(1)));
        QTest::keyClick(mode->view(), Qt::Key_Down);
        QTest::keyClick(mode->view(), Qt::Key_Return);
        QTRY_VERIFY(!mode->view()->isVisible());
        QCOMPARE(mode->currentIndex(), 1);
        QCOMPARE(shownBelow(list), QStringList());
        // Opened a second time, it has its size again.
        QTest::keyClick(mode, Qt::Key_F4);
        QTRY_VERIFY(mode->view()->isVisible());
        QVERIFY(mode->view()->height() > 0);
        QTest::keyClick(mode->view(), Qt::Key_Escape);
    }

    // In an exam, the agent's view hides what to tell the caller until the agent asks; asking
    // is help taken, counted with the hints. A new situation hides the new answer again.
    void examHidesTheAnswerUntilAsked()
    {
        TrainerWorld w;
        w.panel->startScenario(QStringLiteral("code-provisoire-expire"));
        w.panel->refresh();
        const QString advice =
            AgentAdvisor::diagnose(*w.db, w.clock, w.panel->followedPerson()).advice;
        QVERIFY(!advice.isEmpty());
        QCOMPARE(w.panel->adviceLabel()->text(), advice);
        QVERIFY(!w.panel->revealAdviceButton()->isVisible());

        w.panel->modeCombo()->setCurrentIndex(1);
        QVERIFY(!w.panel->adviceLabel()->text().contains(advice));
        QVERIFY(!w.panel->agentView()->toPlainText().contains(advice));
        QVERIFY(w.panel->adviceLabel()->text().startsWith(u"Mode examen"));
        w.panel->show();
        auto *tabs = w.panel->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        QVERIFY(w.panel->revealAdviceButton()->isVisible());
        w.panel->revealAdviceButton()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(w.panel->revealAdviceButton(), Qt::Key_Space);
        QCOMPARE(w.panel->adviceLabel()->text(), advice);
        QVERIFY(!w.panel->revealAdviceButton()->isVisible());
        w.recorder->end(AttemptOutcome::GivenUp);
        QCOMPARE(w.lastMeasures().hintsUsed, 1);

        // The situation changes (the person asks a new code): the new answer is hidden.
        w.requestCode();
        w.panel->refresh();
        QVERIFY(w.panel->adviceLabel()->text().startsWith(u"Mode examen"));
        QVERIFY(w.panel->revealAdviceButton()->isVisible());
    }

    // "Recommencer le scénario" puts everything back as it was.
    void restartPutsEverythingBack()
    {
        TrainerWorld w;
        w.panel->startScenario(QStringLiteral("nominal"));
        w.requestCode();
        QVERIFY(!w.mails().everything(QLatin1String(TestWorld::kEmail)).isEmpty());
        w.window->follow(NavigationLink::ConnectYourself);
        UserActions::click(w.panel->restartButton());
        QVERIFY(w.mails().everything(QLatin1String(TestWorld::kEmail)).isEmpty());
        QCOMPARE(w.step(), JourneyStep::Home);
        QVERIFY(!w.session->solved());
    }

    // The agent's view never shows a code.
    void agentViewNeverShowsACode()
    {
        TrainerWorld w;
        w.panel->startScenario(QStringLiteral("code-provisoire-expire"));
        w.panel->refresh();
        const QString view = w.panel->agentView()->toPlainText();
        QVERIFY(view.contains(u"expiré"));
        QVERIFY(!view.contains(w.latestProvisionalCode(QLatin1String(TestWorld::kEmail))));
        QVERIFY(!view.contains(QLatin1String(TestWorld::kNir)));
    }

    // Kiosk: after the idle delay a countdown offers to go on; then everything is reset.
    // Tested with the clock, not by waiting.
    void kioskIdleResetIsDrivenByTheClock()
    {
        GuiWorld w;
        SecretHasher hasher(SecretHasher::Cost::Minimal);
        DemoPersonas::seedIfEmpty(*w.db, hasher, w.clock);
        KioskController kiosk(*w.window, *w.db, hasher, w.clock);
        kiosk.noteActivity();
        w.requestCode();
        w.window->follow(NavigationLink::ConnectYourself);
        w.advance(KioskController::kIdleBeforeWarning - 1s);
        kiosk.checkIdle();
        QVERIFY(!kiosk.isCountingDown());
        w.advance(1s);
        kiosk.checkIdle();
        QVERIFY(kiosk.isCountingDown());
        QVERIFY(kiosk.countdownLabel()->text().contains(QStringLiteral("30 s")));
        // "Continuer" keeps the session.
        UserActions::click(kiosk.continueButton());
        QVERIFY(!kiosk.isCountingDown());
        QCOMPARE(w.step(), JourneyStep::Login);
        // Left alone: countdown, then back home with an empty mailbox.
        w.advance(KioskController::kIdleBeforeWarning + KioskController::kCountdown);
        QSignalSpy reset(&kiosk, &KioskController::resetDone);
        kiosk.checkIdle();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(w.step(), JourneyStep::Home);
        QVERIFY(w.mails().everything(QLatin1String(TestWorld::kEmail)).isEmpty());
        QCOMPARE(w.clock.offset().count(), 0);
        QCOMPARE(PersonRepository(*w.db).count(), int(DemoPersonas::all().size()));
    }

    // Kiosk: the window cannot be closed but by the trainer's shortcut.
    void kioskWindowDoesNotClose()
    {
        GuiWorld w;
        SecretHasher hasher(SecretHasher::Cost::Minimal);
        KioskController kiosk(*w.window, *w.db, hasher, w.clock);
        kiosk.start();
        QVERIFY(!w.window->close());
        QVERIFY(w.window->isVisible());
        w.window->setClosable(true);
    }
};

QTEST_MAIN(TestTrainerGui)
#include "tst_trainergui.moc"
