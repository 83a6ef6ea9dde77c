#include "RecordingWorld.h"
#include "journey/SimulatedSites.h"
#include "mail/MailDelivery.h"
#include "pages/LoginPage.h"
#include "store/ProviderRuleRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace ameli;
using namespace std::chrono_literals;

class TestMailboxGui : public QObject
{
    Q_OBJECT

private slots:
    // T2: the validation mail sits in "Courriels indésirables/spams", with its unread count.
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
    // The mailbox opens on nobody's mail at first start (the demo's other personas have mail),
    // and on the person's own address once they log in.
    void firstStartShowsNoOnesMailThenTheOwnAddress()
    {
        GuiWorld w;
        MailDelivery(*w.db).deliver(QStringLiteral("lucas.bernard@exemple.fr"),
                                    {QStringLiteral("Votre Assurance Maladie"),
                                     MailTemplates::validationSubject(),
                                     QStringLiteral("<p>Pour Lucas</p>")},
                                    w.clock.now());
        w.window = std::make_unique<MainWindow>(*w.journey, *w.db, w.clock);
        w.window->show();
        MailboxWindow *mailbox = w.window->mailbox();
        QCOMPARE(mailbox->address(), QString());
        QCOMPARE(mailbox->addressCombo()->currentText(), QString());
        QCOMPARE(mailbox->mailList()->topLevelItemCount(), 0);
        QCOMPARE(w.window->mailboxButton()->text(), QStringLiteral("&Messagerie"));
        QVERIFY(mailbox->reader()->placeholderText().contains(u"Aucune adresse choisie"));

        w.requestCode();
        w.window->follow(NavigationLink::ConnectYourself);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), w.latestProvisionalCode());
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QCOMPARE(w.step(), JourneyStep::Conditions);
        QCOMPARE(mailbox->address(), QLatin1String(TestWorld::kEmail));
        QCOMPARE(mailbox->shownCount(), 1);

        // A new visitor (restart) finds no address again.
        w.window->restart();
        QCOMPARE(mailbox->address(), QString());
        QCOMPARE(mailbox->shownCount(), 0);
    }

    // T8: a search selects the first mail found; Enter in the search reads it.
    void searchSelectsItsFirstResult_T8()
    {
        GuiWorld w;
        w.walkToValidationPending();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        UserActions::type(mailbox->searchEdit(), QStringLiteral("Confirmation"));
        QTreeWidget *list = mailbox->mailList();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        QVERIFY(list->topLevelItem(0)->isSelected());
        // Selected, not read yet: the mail stays unread until it is opened.
        QVERIFY(mailbox->reader()->toPlainText().isEmpty());
        QTest::keyClick(mailbox->searchEdit(), Qt::Key_Return);
        QVERIFY(mailbox->reader()->toPlainText().contains(u"Confirmer mon email"));
        QVERIFY(list->hasFocus());
        UserActions::type(mailbox->searchEdit(), QStringLiteral("introuvable"));
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(mailbox->reader()->placeholderText().contains(u"Aucun message ne correspond"));
    }

    // T8: mails of one subject form a conversation, the newest in front with the count; the
    // person can switch conversations off, and the choice is remembered.
    void conversationsCanBeSwitchedOff_T8()
    {
        GuiWorld w;
        w.walkToValidationPending();
        w.advance(8 * 24h);
        w.journey->openLink(w.latestValidationLink());
        w.journey->resendLinkToSameAddress();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        QTreeWidget *list = mailbox->mailList();
        QVERIFY(mailbox->threaded());
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem *thread = list->topLevelItem(0);
        QCOMPARE(thread->childCount(), 1);
        QVERIFY(thread->text(0).endsWith(QStringLiteral("(2)")));
        // The newest link, in front, is the one that works (T7).
        UserActions::clickRow(list, 0);
        QCOMPARE(TestWorld::linkIn(mailbox->reader()->toHtml()), w.latestValidationLink());

        UserActions::click(mailbox->threadsCheck());
        QVERIFY(!mailbox->threaded());
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(QSettings().value(QStringLiteral("mailbox/threads")).toBool(), false);
        MailboxWindow again(*w.db);
        QVERIFY(!again.threaded());
        UserActions::click(mailbox->threadsCheck());
        QVERIFY(mailbox->threaded());
        QCOMPARE(QSettings().value(QStringLiteral("mailbox/threads")).toBool(), true);
    }

    // T4: the mail program blocks the link; read in the provider's webmail, the same mail's
    // link works. The person's change of reader is recorded.
    void mailProgramBlocksTheWebmailOpens_T4()
    {
        RecordingWorld w;
        w.startScenario(QStringLiteral("t4-logiciel-de-messagerie"));
        w.clickButton(QStringLiteral("Connectez-vous"));
        UserActions::click(w.window->mailboxButton());
        MailboxWindow *mailbox = w.window->mailbox();
        QCOMPARE(mailbox->address(), QStringLiteral("antoine.rossi@exemple.fr"));
        QCOMPARE(mailbox->mailReader(), MailReader::Program);
        QVERIFY(mailbox->windowTitle().contains(u"Logiciel de messagerie"));
        UserActions::clickRow(mailbox->mailList(), 0);
        QVERIFY(UserActions::clickLink(mailbox->reader(), QStringLiteral("confirmation-email")));
        w.waitIdle();
        QVERIFY2(w.notice().contains(u"logiciel de messagerie a bloqué"), qPrintable(w.notice()));
        QVERIFY(!w.session->solved());

        QApplication::setActiveWindow(mailbox);
        QComboBox *reader = mailbox->readerCombo();
        reader->setFocus(Qt::TabFocusReason);
        QTest::keyClick(reader, Qt::Key_Up);
        QCOMPARE(mailbox->mailReader(), MailReader::Webmail);
        QVERIFY(mailbox->windowTitle().contains(u"Messagerie en ligne"));
        // The mail being read is drawn again: its link is whole now.
        QVERIFY(UserActions::clickLink(mailbox->reader(), QStringLiteral("confirmation-email")));
        w.waitIdle();
        QVERIFY(w.notice().contains(u"activé"));
        QVERIFY(w.session->solved());
        QCOMPARE(w.kinds(w.lastEvents(), EventKind::MailboxReader),
                 QStringList{QStringLiteral("Messagerie en ligne")});
    }
};

QTEST_MAIN(TestMailboxGui)
#include "tst_mailboxgui.moc"
