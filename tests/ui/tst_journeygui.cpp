#include "GuiWorld.h"
#include "Screenshots.h"
#include "journey/GuideTexts.h"
#include "pages/AccountHomePage.h"
#include "pages/ConditionsPage.h"
#include "pages/ContactDetailsPage.h"
#include "pages/ForgottenCodePage.h"
#include "pages/LoginPage.h"
#include "pages/PersonalCodePage.h"
#include "pages/ValidationPendingPage.h"
#include "widgets/CaptchaBox.h"
#include "widgets/LinkButton.h"
#include "widgets/PasswordField.h"
#include "widgets/RuleChecklist.h"
#include "widgets/StepHeader.h"
#include "widgets/StrengthMeter.h"
#include "widgets/YesNoChoice.h"

#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace ameli;

// The whole journey on the real screens, from ameli.fr to the account, with the mouse and
// the keyboard as a person uses them.
class TestJourneyGui : public QObject
{
    Q_OBJECT

private slots:
    // A1, A2, A3, F1-F5, L1, L2, C1, C2, P9, D1, V1, V2, V6: the nominal journey.
    void wholeJourneyFromHomeToAccount()
    {
        GuiWorld w;
        // A1, A3: the public home on ameli.fr.
        QCOMPARE(w.step(), JourneyStep::Home);
        QVERIFY(w.window->addressBar()->text().startsWith(QStringLiteral("https://www.ameli.fr")));
        w.clickButton(QStringLiteral("Connectez-vous"));
        // A2, A3: the login page on assure.ameli.fr.
        QCOMPARE(w.step(), JourneyStep::Login);
        QVERIFY(w.window->addressBar()->text().contains(QStringLiteral("://assure.ameli.fr/")));
        w.clickButton(QStringLiteral("Code oublié ?"));

        // F1-F4: number, birth date, CAPTCHA.
        auto *forgotten = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
        QCOMPARE(w.step(), JourneyStep::ForgottenCode);
        UserActions::type(forgotten->nirEdit(), QStringLiteral("2 85 07 75 056 123"));
        UserActions::type(forgotten->birthDateEdit(), QLatin1String(TestWorld::kBirth));
        UserActions::type(forgotten->captchaBox()->answerEdit(),
                          w.journey->captcha().current().characters.toLower());
        w.clickButton(QStringLiteral("VALIDER"));
        // F5: the code is sent; the mailbox shows it.
        QCOMPARE(w.step(), JourneyStep::CodeSent);
        QVERIFY(w.notice().contains(u"30 minutes"));
        w.clickButton(QStringLiteral("Ouvrir la messagerie"));
        MailboxWindow *mailbox = w.window->mailbox();
        QVERIFY(mailbox->isVisible());
        QCOMPARE(mailbox->address(), QLatin1String(TestWorld::kEmail));
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 1);
        QVERIFY(mailbox->folderList()->item(0)->text().contains(QStringLiteral("(1)")));
        UserActions::clickRow(mailbox->mailList(), 0);
        const QString mailText = mailbox->reader()->toPlainText();
        QVERIFY(mailText.contains(u"Cher(e) assuré(e),"));
        const QString code = w.latestProvisionalCode();
        QVERIFY(mailText.contains(code));
        QVERIFY(mailbox->folderList()->item(0)->text().contains(QStringLiteral("(0)")));

        // L1, L2: the provisional code starts the activation.
        w.clickButton(QStringLiteral("Aller à la page de connexion"));
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), code);
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QCOMPARE(w.step(), JourneyStep::Conditions);

        // C1, C2: step 1.
        auto *conditions = w.page<ConditionsPage>(JourneyStep::Conditions);
        UserActions::click(conditions->choice()->yesButton());
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::PersonalCode);

        // P9: the rules turn met while typing; P7 the meter says a word.
        auto *personal = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        QVERIFY(!personal->checklist()->isMet(CodeRule::Length));
        QVERIFY(personal->stepHeader()->isVisible());
        UserActions::type(personal->codeField(), QLatin1String(TestWorld::kGoodCode));
        for (CodeRule r : {CodeRule::Length, CodeRule::LowerAndUpper, CodeRule::DigitOrSpecial,
                           CodeRule::OnlyAllowed, CodeRule::NoPersonalData})
            QVERIFY(personal->checklist()->isMet(r));
        QVERIFY(!personal->meter()->word().isEmpty());
        QVERIFY(personal->meter()->word() != QStringLiteral("Fort"));
        UserActions::type(personal->confirmField(), QLatin1String(TestWorld::kGoodCode));
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::ContactDetails);

        // D1-D4: step 3.
        auto *contact = w.page<ContactDetailsPage>(JourneyStep::ContactDetails);
        UserActions::type(contact->emailEdit(), QLatin1String(TestWorld::kEmail));
        UserActions::type(contact->confirmationEdit(), QLatin1String(TestWorld::kEmail));
        UserActions::type(contact->mobileEdit(), QStringLiteral("06 12 34 56 78"));
        w.clickButton(QStringLiteral("VALIDER"));

        // V1: logged out, asked to click the mailed link.
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
        QVERIFY(w.window->currentPage()->findChild<QLabel *>() != nullptr);
        w.clickButton(QStringLiteral("Ouvrir la messagerie"));
        UserActions::clickRow(mailbox->mailList(), 0);
        QVERIFY(mailbox->reader()->toPlainText().contains(u"merci de confirmer votre email"));
        // V2: "Confirmer mon email" opens the validation in the simulator's frame.
        QVERIFY(UserActions::clickLink(mailbox->reader(), QStringLiteral("confirmation-email")));
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::Login);
        QVERIFY(w.notice().contains(u"activé"));

        // V6: the personal code opens the account, with the person's name.
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), QLatin1String(TestWorld::kGoodCode));
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QCOMPARE(w.step(), JourneyStep::AccountHome);
        QCOMPARE(w.page<AccountHomePage>(JourneyStep::AccountHome)->greeting()->text(),
                 QStringLiteral("Bonjour Camille Martin"));
        for (const QString &service : GuideTexts::home().services)
            QVERIFY2(w.button(service), qPrintable(service));
    }

    // X1, L1: the login page completed with the keyboard alone, in reading order.
    void loginPageWithTheKeyboardOnly_X1()
    {
        GuiWorld w;
        w.walkToActive();
        w.journey->logout();
        UserActions::click(w.button(QStringLiteral("Connectez-vous")));
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        QTRY_COMPARE(QApplication::focusWidget(), login->nirEdit());
        QTest::keyClicks(QApplication::focusWidget(), QLatin1String(TestWorld::kNir));
        // Tab passes the "Où trouver ... ?" link, then reaches the code field.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(),
                 QStringLiteral("Où trouver mon numéro de sécurité sociale ?"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), login->codeEdit());
        QTest::keyClicks(QApplication::focusWidget(), QLatin1String(TestWorld::kGoodCode));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Code oublié ?"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), login->connectButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::AccountHome);
    }

    // X1: the whole journey with the keyboard alone, from ameli.fr to the account: Tab, Space,
    // Enter, arrows and mnemonics only, each key sent to the widget that has the focus.
    void wholeJourneyWithTheKeyboardOnly_X1()
    {
        GuiWorld w;
        const auto key = [](int k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key(k), m);
        };
        const auto typeText = [](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
        };
        const auto focusName = [] {
            return QApplication::focusWidget() ? QApplication::focusWidget()->accessibleName()
                                               : QString();
        };
        const auto tabTo = [&](const QString &name) {
            for (int i = 0; i < 30 && focusName() != name; ++i)
                key(Qt::Key_Tab);
            QCOMPARE(focusName(), name);
        };
        MailboxWindow *mailbox = w.window->mailbox();

        QCOMPARE(focusName(), QStringLiteral("Connectez-vous"));
        key(Qt::Key_Space);
        QCOMPARE(w.step(), JourneyStep::Login);
        tabTo(QStringLiteral("Code oublié ?"));
        key(Qt::Key_Space);
        QCOMPARE(w.step(), JourneyStep::ForgottenCode);
        typeText(QLatin1String(TestWorld::kNir));
        key(Qt::Key_Tab);
        typeText(QLatin1String(TestWorld::kBirth));
        tabTo(QStringLiteral("Caractères lus ou entendus *"));
        typeText(w.journey->captcha().current().characters);
        key(Qt::Key_Return);
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::CodeSent);

        // The mailbox: Alt+M, the list with the arrows, the code read in the mail.
        key(Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(mailbox->isVisible());
        QApplication::setActiveWindow(mailbox);
        mailbox->mailList()->setFocus(Qt::TabFocusReason);
        key(Qt::Key_Down);
        key(Qt::Key_Home);
        const QString code = QRegularExpression(QStringLiteral("\\b([0-9]{4})\\b"))
                                 .match(mailbox->reader()->toPlainText())
                                 .captured(1);
        QCOMPARE(code, w.latestProvisionalCode());
        // "cliquant ici", reached with Tab in the mail, opens the login page.
        mailbox->reader()->setFocus(Qt::TabFocusReason);
        key(Qt::Key_Tab);
        key(Qt::Key_Return);
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::Login);

        QApplication::setActiveWindow(w.window.get());
        w.window->currentPage()->firstFocus()->setFocus(Qt::TabFocusReason);
        typeText(QLatin1String(TestWorld::kNir));
        tabTo(QStringLiteral("Mon code personnel (ou provisoire à 4 chiffres) *"));
        typeText(code);
        key(Qt::Key_Return);
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::Conditions);
        QCOMPARE(focusName(), QStringLiteral("Oui, j'accepte"));
        key(Qt::Key_Space);
        key(Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(w.step(), JourneyStep::PersonalCode);
        w.waitIdle();
        typeText(QLatin1String(TestWorld::kGoodCode));
        tabTo(QStringLiteral("Confirmer mon nouveau code *"));
        typeText(QLatin1String(TestWorld::kGoodCode));
        key(Qt::Key_Return);
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::ContactDetails);
        typeText(QLatin1String(TestWorld::kEmail));
        key(Qt::Key_Tab);
        typeText(QLatin1String(TestWorld::kEmail));
        key(Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(w.step(), JourneyStep::ValidationPending);
        w.waitIdle();

        QCOMPARE(focusName(), QStringLiteral("Ouvrir la messagerie"));
        key(Qt::Key_Space);
        QApplication::setActiveWindow(mailbox);
        mailbox->mailList()->setFocus(Qt::TabFocusReason);
        key(Qt::Key_Home);
        mailbox->reader()->setFocus(Qt::TabFocusReason);
        key(Qt::Key_Tab);
        key(Qt::Key_Return);
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::Login);
        QVERIFY(w.notice().contains(u"activé"));

        QApplication::setActiveWindow(w.window.get());
        w.window->currentPage()->firstFocus()->setFocus(Qt::TabFocusReason);
        // The number typed earlier is still there: select it and type over it.
        key(Qt::Key_A, Qt::ControlModifier);
        typeText(QLatin1String(TestWorld::kNir));
        tabTo(QStringLiteral("Mon code personnel (ou provisoire à 4 chiffres) *"));
        typeText(QLatin1String(TestWorld::kGoodCode));
        key(Qt::Key_Return);
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::AccountHome);
    }

    // X1: Enter in the code field submits, and the mnemonic Alt+C presses ME CONNECTER.
    void enterAndMnemonicSubmit_X1()
    {
        GuiWorld w;
        w.walkToActive();
        w.journey->logout();
        w.window->follow(NavigationLink::ConnectYourself);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), QStringLiteral("Mauvais-1"));
        QTest::keyClick(login->codeEdit(), Qt::Key_Return);
        w.waitIdle();
        QVERIFY(w.errorOf(field::code).contains(u"incorrect"));
        UserActions::type(login->codeEdit(), QLatin1String(TestWorld::kGoodCode));
        QTest::keyClick(login->codeEdit(), Qt::Key_C, Qt::AltModifier);
        // A mnemonic presses its button the way a click does, with a short animation first.
        QTRY_COMPARE(w.step(), JourneyStep::AccountHome);
    }

    // A5, A6: explanations unfold, FranceConnect and account creation say they are outside.
    void explanationsAndOutsideLinks_A5_A6()
    {
        GuiWorld w;
        w.clickButton(QStringLiteral("Créer votre compte"));
        QCOMPARE(w.step(), JourneyStep::AccountCreation);
        QVERIFY(w.window->currentPage()->findChildren<QLabel *>().size() > 0);
        bool explained = false;
        for (QLabel *l : w.window->currentPage()->findChildren<QLabel *>())
            explained = explained || l->text() == GuideTexts::accountCreationOutsideSimulation();
        QVERIFY(explained);
        // Back returns to ameli.fr, as a browser does.
        QVERIFY(w.window->backButton()->isEnabled());
        UserActions::click(w.window->backButton());
        QCOMPARE(w.step(), JourneyStep::Home);

        w.clickButton(QStringLiteral("Connectez-vous"));
        QPushButton *where =
            w.button(QStringLiteral("Où trouver mon numéro de sécurité sociale ?"));
        QLabel *whereText = nullptr;
        for (QLabel *l : w.window->currentPage()->findChildren<QLabel *>()) {
            if (l->text() == GuideTexts::whereIsMyNumber())
                whereText = l;
        }
        QVERIFY(whereText && !whereText->isVisible());
        UserActions::click(where);
        QVERIFY(whereText->isVisible());
        w.clickButton(QStringLiteral("S'identifier avec FranceConnect"));
        QCOMPARE(w.step(), JourneyStep::Login);
        QVERIFY(w.notice().contains(u"FranceConnect ne fait pas partie"));
        w.clickButton(QStringLiteral("Première visite ? Créer un compte"));
        QCOMPARE(w.step(), JourneyStep::AccountCreation);
    }

    // Hashing a code at the real cost (about 0.1 s) runs off the GUI thread: the window keeps
    // processing events meanwhile, and the page cannot be used twice.
    void hashingNeverFreezesTheWindow()
    {
        GuiWorld w(true, SecretHasher::Cost::Interactive);
        w.requestCode();
        w.journey->login(QLatin1String(TestWorld::kNir), w.latestProvisionalCode());
        w.journey->answerConditions(true);
        JourneyResult step2;
        step2.step = JourneyStep::PersonalCode;
        w.window->go(step2);
        auto *personal = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        UserActions::type(personal->codeField(), QLatin1String(TestWorld::kGoodCode));
        UserActions::type(personal->confirmField(), QLatin1String(TestWorld::kGoodCode));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(5);
        QTest::mouseClick(personal->continueButton(), Qt::LeftButton);
        QVERIFY(w.window->runner()->isBusy());
        // While the code is hashed, the page cannot be used a second time.
        QVERIFY(!personal->continueButton()->isEnabled());
        w.waitIdle();
        // A single tick already proves the event loop turned while the code was hashed.
        QVERIFY2(ticks >= 2, qPrintable(QString::number(ticks)));
        QCOMPARE(w.step(), JourneyStep::ContactDetails);
    }

    // T3: after step 3 the page only asks to open the mail (V1); logged in again within the
    // 7 days, it also offers to send the link to another address, on the page itself.
    void anotherAddressFromTheValidationPage_T3()
    {
        GuiWorld w;
        w.window->go(w.walkToValidationPending());
        auto *pending = w.page<ValidationPendingPage>(JourneyStep::ValidationPending);
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
        QVERIFY(!pending->otherAddressLink()->isVisible());

        w.advance(std::chrono::hours(48));
        w.window->follow(NavigationLink::ConnectYourself);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), QLatin1String(TestWorld::kGoodCode));
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
        QVERIFY(pending->otherAddressLink()->isVisible());
        QVERIFY(!pending->emailEdit()->isVisible());
        UserActions::click(pending->otherAddressLink());
        QVERIFY(pending->emailEdit()->isVisible());
        QCOMPARE(QApplication::focusWidget(), pending->emailEdit());
        screenshot(w.window.get(), QStringLiteral("validation-autre-adresse"));
        UserActions::type(pending->emailEdit(), QStringLiteral("camille@autre-fai.fr"));
        UserActions::type(pending->confirmationEdit(), QStringLiteral("camille@autre-fai.com"));
        w.clickButton(QStringLiteral("ENVOYER LE LIEN"));
        QVERIFY(w.errorOf(field::emailConfirmation).contains(u"différentes"));
        UserActions::type(pending->confirmationEdit(), QStringLiteral("camille@autre-fai.fr"));
        w.clickButton(QStringLiteral("ENVOYER LE LIEN"));
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
        QVERIFY(w.notice().contains(u"autre-fai.fr"));
        // Sent: logged out again, the offer is gone.
        QVERIFY(!pending->otherAddressLink()->isVisible());
        QVERIFY(w.latestValidationLink(QStringLiteral("camille@autre-fai.fr")).isValid());
    }

    // L4: an active account's forgotten code, on screen: straight to step 2, then the account.
    void activeAccountForgottenCode_L4()
    {
        GuiWorld w;
        w.walkToActive();
        w.requestCode();
        w.window->follow(NavigationLink::ConnectYourself);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), w.latestProvisionalCode());
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QCOMPARE(w.step(), JourneyStep::PersonalCode);
        auto *personal = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        // Not an activation: no "Étape 2 sur 3" header.
        QVERIFY(!personal->stepHeader()->isVisible());
        UserActions::type(personal->codeField(), QStringLiteral("Nouveau-Code7"));
        UserActions::type(personal->confirmField(), QStringLiteral("Nouveau-Code7"));
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::AccountHome);
    }
};

QTEST_MAIN(TestJourneyGui)
#include "tst_journeygui.moc"
