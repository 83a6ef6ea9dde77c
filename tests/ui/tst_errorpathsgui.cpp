#include "GuiWorld.h"
#include "pages/ConditionsPage.h"
#include "pages/ContactDetailsPage.h"
#include "pages/ForgottenCodePage.h"
#include "pages/LinkExpiredPage.h"
#include "pages/LoginPage.h"
#include "pages/PersonalCodePage.h"
#include "store/AccountRepository.h"
#include "widgets/CaptchaBox.h"
#include "widgets/PasswordField.h"
#include "widgets/YesNoChoice.h"

#include <QLineEdit>
#include <QRadioButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace ameli;
using namespace std::chrono_literals;

namespace {

// The error is shown right under its field, and that field has the focus.
void verifyErrorBeside(GuiWorld &w, const QString &fieldName, const QString &expected)
{
    FormField *f = w.window->currentPage()->field(fieldName);
    QVERIFY2(f, qPrintable(fieldName));
    QVERIFY2(f->errorLabel()->isVisible(), qPrintable(fieldName));
    QVERIFY2(f->error().contains(expected), qPrintable(f->error()));
    QVERIFY(f->isAncestorOf(QApplication::focusWidget()) ||
            f->input() == QApplication::focusWidget());
    // X2: a screen reader reads that the field is in error, and the message, with the field.
    QCOMPARE(f->input()->accessibleDescription(), QStringLiteral("Erreur : ") + f->error());
}

} // namespace

class TestErrorPathsGui : public QObject
{
    Q_OBJECT

    ForgottenCodePage *openForgottenCode(GuiWorld &w)
    {
        w.window->follow(NavigationLink::ForgottenCode);
        auto *p = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
        UserActions::type(p->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(p->birthDateEdit(), QLatin1String(TestWorld::kBirth));
        return p;
    }

    void loginWith(GuiWorld &w, const QString &code)
    {
        w.window->follow(NavigationLink::ConnectYourself);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), code);
        w.clickButton(QStringLiteral("ME CONNECTER"));
    }

    void toStep2(GuiWorld &w)
    {
        w.requestCode();
        loginWith(w, w.latestProvisionalCode());
        UserActions::click(w.page<ConditionsPage>(JourneyStep::Conditions)->choice()->yesButton());
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::PersonalCode);
    }

    void toStep3(GuiWorld &w)
    {
        toStep2(w);
        auto *p = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        UserActions::type(p->codeField(), QLatin1String(TestWorld::kGoodCode));
        UserActions::type(p->confirmField(), QLatin1String(TestWorld::kGoodCode));
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::ContactDetails);
    }

private slots:
    // A4, F1: malformed number and date, each message under its field.
    void malformedNumberAndDate_A4_F1()
    {
        GuiWorld w;
        w.window->follow(NavigationLink::ForgottenCode);
        auto *p = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
        UserActions::type(p->nirEdit(), QStringLiteral("7 85 07 75 056 123"));
        UserActions::type(p->birthDateEdit(), QStringLiteral("31/02/1985"));
        w.clickButton(QStringLiteral("VALIDER"));
        verifyErrorBeside(w, field::nir, QStringLiteral("numéro provisoire"));
        QVERIFY(w.errorOf(field::birthDate).contains(u"n'existe pas"));
        QVERIFY(!w.errorOf(field::captcha).isEmpty());
    }

    // F4: a wrong CAPTCHA is refused, a new image is shown, and a retry works.
    void wrongCaptchaThenRetry_F4()
    {
        GuiWorld w;
        auto *p = openForgottenCode(w);
        const quint64 serial = w.journey->captcha().current().serial;
        UserActions::type(p->captchaBox()->answerEdit(), QStringLiteral("zzzzzz"));
        w.clickButton(QStringLiteral("VALIDER"));
        verifyErrorBeside(w, field::captcha, QStringLiteral("ne correspondent pas"));
        QVERIFY(w.journey->captcha().current().serial > serial);
        QVERIFY(p->captchaBox()->answerEdit()->text().isEmpty());
        UserActions::type(p->captchaBox()->answerEdit(), w.journey->captcha().current().characters);
        w.clickButton(QStringLiteral("VALIDER"));
        QCOMPARE(w.step(), JourneyStep::CodeSent);
    }

    // F3: the countdown runs out at 5 minutes and a late answer is refused.
    void expiredCaptcha_F3()
    {
        GuiWorld w;
        auto *p = openForgottenCode(w);
        QVERIFY(p->captchaBox()->countdownLabel()->text().contains(QStringLiteral("5 min 00 s")));
        w.advance(4min + 30s);
        p->captchaBox()->refreshCountdown();
        QVERIFY(p->captchaBox()->countdownLabel()->text().contains(QStringLiteral("0 min 30 s")));
        UserActions::type(p->captchaBox()->answerEdit(), w.journey->captcha().current().characters);
        w.advance(30s);
        p->captchaBox()->refreshCountdown();
        QVERIFY(
            p->captchaBox()->countdownLabel()->text().contains(u"délai de 5 minutes est dépassé"));
        w.clickButton(QStringLiteral("VALIDER"));
        verifyErrorBeside(w, field::captcha, QStringLiteral("5 minutes"));
        QCOMPARE(w.step(), JourneyStep::ForgottenCode);
    }

    // F2: the arrow button shows a new list of characters.
    void arrowShowsANewList_F2()
    {
        GuiWorld w;
        auto *p = openForgottenCode(w);
        const quint64 serial = w.journey->captcha().current().serial;
        UserActions::click(p->captchaBox()->renewButton());
        QVERIFY(w.journey->captcha().current().serial > serial);
    }

    // F8: a mismatch says nothing of which field was wrong.
    void identityMismatch_F8()
    {
        GuiWorld w;
        auto *p = openForgottenCode(w);
        UserActions::type(p->birthDateEdit(), QStringLiteral("15/07/1985"));
        UserActions::type(p->captchaBox()->answerEdit(), w.journey->captcha().current().characters);
        w.clickButton(QStringLiteral("VALIDER"));
        QVERIFY(w.notice().contains(u"ne nous permettent pas de vous identifier"));
        QVERIFY(w.errorOf(field::nir).isEmpty());
        QVERIFY(w.errorOf(field::birthDate).isEmpty());
    }

    // L3: a wrong code is refused beside the code field.
    void wrongCode_L3()
    {
        GuiWorld w;
        w.walkToActive();
        loginWith(w, QStringLiteral("Mauvais-1"));
        QCOMPARE(w.step(), JourneyStep::Login);
        verifyErrorBeside(w, field::code, QStringLiteral("2 essais"));
        loginWith(w, QStringLiteral("Mauvais-2"));
        loginWith(w, QStringLiteral("Mauvais-3"));
        QVERIFY(w.errorOf(field::code).contains(u"temporairement bloqué"));
    }

    // F6: a code used after 30 minutes is refused with the way out.
    void expiredCode_F6()
    {
        GuiWorld w;
        w.requestCode();
        w.advance(31min);
        loginWith(w, w.latestProvisionalCode());
        verifyErrorBeside(w, field::code, QStringLiteral("30 minutes"));
    }

    // C2: refusing returns to the login page with the reason.
    void refusedConditions_C2()
    {
        GuiWorld w;
        w.requestCode();
        loginWith(w, w.latestProvisionalCode());
        w.clickButton(QStringLiteral("CONTINUER"));
        verifyErrorBeside(w, field::conditions, QStringLiteral("Indiquez"));
        UserActions::click(w.page<ConditionsPage>(JourneyStep::Conditions)->choice()->noButton());
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::Login);
        QVERIFY(w.notice().contains(u"pas accepté les conditions"));
    }

    // P1-P5: each unmet rule is refused under "Mon nouveau code", P6 under the confirmation.
    void unmetCodeRule_P1_P5_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("P1 too short") << "Ab1"
                                      << "entre 8 et 50 caractères";
        QTest::newRow("P2 no upper case") << "motdepasse1"
                                          << "minuscules et majuscules";
        QTest::newRow("P3 no digit or special") << "MotdePasse"
                                                << "un chiffre ou un caractère spécial";
        QTest::newRow("P4 forbidden character") << "Motde Passe1"
                                                << "caractères autorisés";
        QTest::newRow("P5 birth year") << "MotdePasse1985"
                                       << "date de naissance";
    }

    void unmetCodeRule_P1_P5()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        GuiWorld w;
        toStep2(w);
        auto *p = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        UserActions::type(p->codeField(), code);
        UserActions::type(p->confirmField(), code);
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::PersonalCode);
        verifyErrorBeside(w, field::newCode, expected);
    }

    void mismatchedCodes_P6()
    {
        GuiWorld w;
        toStep2(w);
        auto *p = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        UserActions::type(p->codeField(), QLatin1String(TestWorld::kGoodCode));
        UserActions::type(p->confirmField(), QStringLiteral("MotdePasse2"));
        w.clickButton(QStringLiteral("CONTINUER"));
        verifyErrorBeside(w, field::confirmCode, QStringLiteral("pas identiques"));
        // Correcting the field takes its error away.
        UserActions::type(p->confirmField(), QLatin1String(TestWorld::kGoodCode));
        QVERIFY(w.errorOf(field::confirmCode).isEmpty());
    }

    // D1: mismatched emails; D6: a landline in the mobile field.
    void mismatchedEmailsAndWrongPhone_D1_D6()
    {
        GuiWorld w;
        toStep3(w);
        auto *p = w.page<ContactDetailsPage>(JourneyStep::ContactDetails);
        UserActions::type(p->emailEdit(), QLatin1String(TestWorld::kEmail));
        UserActions::type(p->confirmationEdit(), QStringLiteral("camille.martin@exemple.com"));
        UserActions::type(p->mobileEdit(), QStringLiteral("01 40 20 30 40"));
        w.clickButton(QStringLiteral("VALIDER"));
        verifyErrorBeside(w, field::emailConfirmation, QStringLiteral("différentes"));
        QVERIFY(w.errorOf(field::mobile).contains(u"portable"));
    }

    // A store that refuses step 3's save (here a trigger stands for a full disk or a lock,
    // whose own messages tst_database proves): the page stays with what was typed and says
    // so; once the store accepts again, the same click goes on.
    void storeRefusingAnActionKeepsThePageAndItsFields()
    {
        GuiWorld w;
        w.window->resize(1100, 640); // a laptop's screen: step 3 scrolls
        toStep3(w);
        auto *p = w.page<ContactDetailsPage>(JourneyStep::ContactDetails);
        UserActions::type(p->emailEdit(), QLatin1String(TestWorld::kEmail));
        UserActions::type(p->confirmationEdit(), QLatin1String(TestWorld::kEmail));
        w.db->run(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON accounts "
                                 "BEGIN SELECT RAISE(FAIL, 'refused'); END"));
        w.clickButton(QStringLiteral("VALIDER"));
        QCOMPARE(w.step(), JourneyStep::ContactDetails);
        QCOMPARE(p->emailEdit()->text(), QLatin1String(TestWorld::kEmail));
        QCOMPARE(p->confirmationEdit()->text(), QLatin1String(TestWorld::kEmail));
        const QString shown = w.window->currentPage()->notice()->text();
        QVERIFY2(shown.contains(u"n'a pas été enregistrée"), qPrintable(shown));
        QVERIFY(w.window->currentPage()->notice()->isVisible());
        // X1: the message is in sight, though the button clicked is at the foot of a long page.
        QWidget *viewport = w.window->currentPage()->parentWidget();
        const QRect noticeInViewport(
            w.window->currentPage()->notice()->mapTo(viewport, QPoint(0, 0)),
            w.window->currentPage()->notice()->size());
        QVERIFY2(viewport->rect().contains(noticeInViewport),
                 qPrintable(QStringLiteral("notice at y=%1..%2, viewport height %3")
                                .arg(noticeInViewport.top())
                                .arg(noticeInViewport.bottom())
                                .arg(viewport->height())));
        w.db->run(QStringLiteral("DROP TRIGGER refuse"));
        w.clickButton(QStringLiteral("VALIDER"));
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
    }

    // D5: an address already used by a relative's account.
    void emailAlreadyUsed_D5()
    {
        GuiWorld w;
        const QString family = QStringLiteral("famille.petit@exemple.fr");
        const qint64 mother =
            w.addPerson(QStringLiteral("2630469381077"), QDate(1963, 4, 12), family);
        Account account = AccountRepository(*w.db).require(mother);
        account.state = AccountState::Active;
        account.email = family;
        AccountRepository(*w.db).save(account);
        toStep3(w);
        auto *p = w.page<ContactDetailsPage>(JourneyStep::ContactDetails);
        UserActions::type(p->emailEdit(), family);
        UserActions::type(p->confirmationEdit(), family);
        w.clickButton(QStringLiteral("VALIDER"));
        verifyErrorBeside(w, field::email, QStringLiteral("déjà utilisée"));
    }

    // V4: the link clicked at 8 days offers the two choices; the same address gets a new one.
    void expiredLinkAtEightDays_V4()
    {
        GuiWorld w;
        w.walkToValidationPending();
        w.advance(8 * 24h);
        w.window->showMailbox();
        w.window->mailbox()->showAddress(QLatin1String(TestWorld::kEmail));
        UserActions::clickRow(w.window->mailbox()->mailList(), 0);
        QVERIFY(UserActions::clickLink(w.window->mailbox()->reader(),
                                       QStringLiteral("confirmation-email")));
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::LinkExpired);
        QVERIFY(w.notice().contains(u"n'est plus actif"));
        auto *p = w.page<LinkExpiredPage>(JourneyStep::LinkExpired);
        QVERIFY(p->sameAddressButton()->isVisible() && p->otherAddressButton()->isVisible());
        QVERIFY(!p->emailEdit()->isVisible());
        UserActions::click(p->otherAddressButton());
        QVERIFY(p->emailEdit()->isVisible());
        UserActions::click(p->sameAddressButton());
        w.clickButton(QStringLiteral("ENVOYER LE LIEN"));
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
        QCOMPARE(w.mails().folder(QLatin1String(TestWorld::kEmail), MailFolder::Inbox).size(), 3);
    }

    // V5: logging in at 22 days asks for an address.
    void expiredLinkAtTwentyTwoDays_V5()
    {
        GuiWorld w;
        w.walkToValidationPending();
        w.advance(22 * 24h);
        loginWith(w, QLatin1String(TestWorld::kGoodCode));
        QCOMPARE(w.step(), JourneyStep::AskNewEmail);
        QVERIFY(w.notice().contains(u"n'est plus mémorisée"));
        auto *p = w.page<LinkExpiredPage>(JourneyStep::AskNewEmail);
        QVERIFY(p->emailEdit()->isVisible());
        UserActions::type(p->emailEdit(), QStringLiteral("pas-une-adresse"));
        UserActions::type(p->confirmationEdit(), QStringLiteral("pas-une-adresse"));
        w.clickButton(QStringLiteral("ENVOYER LE LIEN"));
        verifyErrorBeside(w, field::email, QStringLiteral("@"));
        UserActions::type(p->emailEdit(), QLatin1String(TestWorld::kEmail));
        UserActions::type(p->confirmationEdit(), QLatin1String(TestWorld::kEmail));
        w.clickButton(QStringLiteral("ENVOYER LE LIEN"));
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
    }

    // V7, T7: an older mail's link says which mail to look for.
    void oldLink_V7_T7()
    {
        GuiWorld w;
        w.walkToValidationPending();
        w.advance(8 * 24h);
        w.journey->openLink(w.latestValidationLink());
        w.journey->resendLinkToSameAddress();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        // The two validation mails make one conversation, the newest in front; the older one
        // is inside, shown once the conversation is unfolded (T8).
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 2);
        QCOMPARE(mailbox->shownCount(), 3);
        mailbox->mailList()->setFocus();
        mailbox->mailList()->setCurrentItem(mailbox->mailList()->topLevelItem(0));
        QTest::keyClick(mailbox->mailList(), Qt::Key_Right);
        QVERIFY(mailbox->mailList()->topLevelItem(0)->isExpanded());
        UserActions::clickRow(mailbox->mailList(), 1);
        QVERIFY(UserActions::clickLink(mailbox->reader(), QStringLiteral("confirmation-email")));
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::Login);
        QVERIFY(w.notice().contains(u"ancien message"));
        UserActions::clickRow(mailbox->mailList(), 0);
        QVERIFY(UserActions::clickLink(mailbox->reader(), QStringLiteral("confirmation-email")));
        w.waitIdle();
        QVERIFY(w.notice().contains(u"activé"));
    }
};

QTEST_MAIN(TestErrorPathsGui)
#include "tst_errorpathsgui.moc"
