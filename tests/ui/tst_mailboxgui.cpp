#include "GuiWorld.h"
#include "journey/SimulatedSites.h"
#include "mail/MailDelivery.h"
#include "store/ProviderRuleRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace ameli;

class TestMailboxGui : public QObject
{
    Q_OBJECT

private slots:
    // T2: the validation mail sits in "Courrier indésirable", with its unread count.
    void spamFolderShowsTheMail_T2()
    {
        GuiWorld w;
        ProviderRuleRepository(*w.db).insert(
            {0, QStringLiteral("exemple.fr"), ProviderRule::Behaviour::ToSpam, {}});
        w.walkToValidationPending();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        QVERIFY(mailbox->folderList()->item(1)->text().contains(QStringLiteral("(2)")));
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 0);
        mailbox->folderList()->setCurrentRow(1);
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 2);
        QCOMPARE(mailbox->mailList()->topLevelItem(0)->text(1), MailTemplates::validationSubject());
        QVERIFY(w.window->mailboxButton()->text().contains(QStringLiteral("2 non lus")));
    }

    // T8: searching by the subject or the sender finds the mail.
    void searchFindsTheMail_T8()
    {
        GuiWorld w;
        w.walkToValidationPending();
        MailDelivery(*w.db).deliver(
            QLatin1String(TestWorld::kEmail),
            {QStringLiteral("Mamie"), QStringLiteral("Photos"), QStringLiteral("<p>Bisous</p>")},
            w.clock.now());
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 3);
        UserActions::type(mailbox->searchEdit(), QStringLiteral("Votre Assurance Maladie"));
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 2);
        UserActions::type(mailbox->searchEdit(), MailTemplates::validationSubject());
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 1);
        UserActions::type(mailbox->searchEdit(), QStringLiteral("Photos"));
        QCOMPARE(mailbox->mailList()->topLevelItem(0)->text(0), QStringLiteral("Mamie"));
    }

    // T5: a mail deleted by the provider is nowhere in the mailbox.
    void deletedMailIsNowhere_T5()
    {
        GuiWorld w;
        ProviderRuleRepository(*w.db).insert({0, QStringLiteral("exemple.fr"),
                                              ProviderRule::Behaviour::DeleteContaining,
                                              QStringLiteral("confirm")});
        w.walkToValidationPending();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 1);
        QCOMPARE(mailbox->mailList()->topLevelItem(0)->text(1),
                 MailTemplates::provisionalCodeSubject());
        mailbox->folderList()->setCurrentRow(1);
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 0);
        UserActions::type(mailbox->searchEdit(), QStringLiteral("Confirmation"));
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 0);
    }

    // T6: a blocked link, clicked, says it was blocked.
    void blockedLinkSaysSo_T6()
    {
        GuiWorld w;
        ProviderRuleRepository(*w.db).insert(
            {0, QStringLiteral("exemple.fr"), ProviderRule::Behaviour::BlockLinks, {}});
        w.walkToValidationPending();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        UserActions::clickRow(mailbox->mailList(), 0);
        QVERIFY(UserActions::clickLink(mailbox->reader(), QStringLiteral("confirmation-email")));
        w.waitIdle();
        QVERIFY(w.notice().contains(u"bloqué par votre antivirus"));
        QCOMPARE(w.journey->status(w.personId).state, AccountState::EmailPending);
    }

    // T1: a typo sends the mail to another address; the person's own inbox stays without it,
    // and the trainer finds it under the typed address.
    void typoSendsElsewhere_T1()
    {
        GuiWorld w;
        w.window->go(w.requestCode());
        w.journey->login(QLatin1String(TestWorld::kNir), w.latestProvisionalCode());
        w.journey->answerConditions(true);
        w.journey->choosePersonalCode(QLatin1String(TestWorld::kGoodCode),
                                      QLatin1String(TestWorld::kGoodCode));
        w.window->go(
            w.journey->giveContactDetails(w.contact(QStringLiteral("camile.martin@exemple.fr"))));
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
        MailboxWindow *mailbox = w.window->mailbox();
        QCOMPARE(mailbox->address(), QLatin1String(TestWorld::kEmail));
        UserActions::type(mailbox->searchEdit(), MailTemplates::validationSubject());
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 0);
        QVERIFY(mailbox->addressCombo()->findText(QStringLiteral("camile.martin@exemple.fr")) >= 0);
        mailbox->showAddress(QStringLiteral("camile.martin@exemple.fr"));
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 1);
    }

    // X1: the mailbox with the keyboard alone: arrows choose the mail, Tab reaches the link in
    // it, Enter opens it.
    void validationLinkWithTheKeyboard_X1_V2()
    {
        GuiWorld w;
        w.walkToValidationPending();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        mailbox->mailList()->setFocus();
        QTest::keyClick(mailbox->mailList(), Qt::Key_Down);
        QTest::keyClick(mailbox->mailList(), Qt::Key_Home);
        QVERIFY(mailbox->reader()->toPlainText().contains(u"Confirmer mon email"));
        mailbox->reader()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(mailbox->reader(), Qt::Key_Tab);
        QVERIFY(mailbox->reader()->textCursor().charFormat().anchorHref().contains(
            QStringLiteral("confirmation-email")));
        QTest::keyClick(mailbox->reader(), Qt::Key_Return);
        w.waitIdle();
        QVERIFY(w.notice().contains(u"activé"));
    }

    // F5: the mail's "cliquant ici" leads to the login page.
    void clickHereOpensTheLoginPage_F5()
    {
        GuiWorld w;
        w.requestCode();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        UserActions::clickRow(mailbox->mailList(), 0);
        QVERIFY(
            UserActions::clickLink(mailbox->reader(), QStringLiteral("assure.ameli.fr/PortailAS")));
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::Login);
    }
};

QTEST_MAIN(TestMailboxGui)
#include "tst_mailboxgui.moc"
