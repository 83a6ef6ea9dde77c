#include "TestWorld.h"
#include "journey/BrokenRules.h"
#include "journey/SimulatedSites.h"
#include "mail/MailDelivery.h"
#include "mail/MailReading.h"
#include "mail/MailTemplates.h"
#include "mail/MailThreads.h"
#include "store/ProviderRuleRepository.h"

using namespace ameli;

namespace {

QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().simplified();
}

} // namespace

class TestMailDelivery : public QObject
{
    Q_OBJECT

private slots:
    // F5: the provisional-code mail carries the guide's text word for word, and the code.
    void provisionalCodeMailText_F5()
    {
        const QString text = plain(MailTemplates::provisionalCode(QStringLiteral("0107")).htmlBody);
        const QStringList expected = {
            QStringLiteral("Cher(e) assuré(e),"),
            QStringLiteral("Nous vous adressons votre nouveau code confidentiel provisoire pour "
                           "vous connecter à votre compte ameli :"),
            QStringLiteral("C'est simple et rapide :"),
            QStringLiteral("Connectez-vous à votre compte ameli en cliquant ici ou en ouvrant "
                           "l'application ameli,"),
            QStringLiteral("Saisissez votre numéro de sécurité sociale (les 13 premiers chiffres) "
                           "et le code provisoire affiché ci-contre."),
            QStringLiteral("Ce code est strictement personnel et ne doit jamais être communiqué."),
            QStringLiteral("Nous ne vous demandons jamais de code par téléphone."),
            QStringLiteral("Si vous n'êtes pas à l'origine de cette demande, veuillez en informer "
                           "rapidement votre caisse et modifiez votre code d'accès au compte "
                           "ameli."),
            QStringLiteral("Attention, ce message est généré par un automate. Ne pas utiliser la "
                           "fonctionnalité \"répondre à\"."),
            QStringLiteral("Merci de votre confiance."),
            QStringLiteral("Votre Caisse d'Assurance Maladie"),
            QStringLiteral("0107"),
        };
        qsizetype from = 0;
        for (const QString &sentence : expected) {
            const qsizetype at = text.indexOf(sentence, from);
            QVERIFY2(at >= 0, qPrintable(sentence));
            from = at + sentence.size();
        }
    }

    // V2: the validation mail, its subject, its sender, its link and the two warnings.
    void validationMailText_V2()
    {
        const MailContent mail =
            MailTemplates::validation(SimulatedSites::validationUrl(QStringLiteral("abc")));
        QCOMPARE(mail.subject,
                 QStringLiteral("Votre compte ameli - Confirmation de votre adresse mail"));
        QCOMPARE(mail.sender, QStringLiteral("Votre Assurance Maladie"));
        const QString text = plain(mail.htmlBody);
        QVERIFY(text.contains(QStringLiteral("Pour profiter de tous les services de votre compte "
                                             "ameli, merci de confirmer votre email.")));
        QVERIFY(text.contains(QStringLiteral("Confirmer mon email")));
        QVERIFY(text.contains(QStringLiteral("Si vous n'êtes pas à l'origine de cette demande, "
                                             "veuillez en informer rapidement votre caisse")));
        QVERIFY(text.contains(QStringLiteral("Attention, ce message est généré par un automate.")));
        QCOMPARE(TestWorld::linkIn(mail.htmlBody),
                 SimulatedSites::validationUrl(QStringLiteral("abc")));
    }

    // T1: the mail goes to the address typed, right or wrong.
    void goesToTheTypedAddress_T1()
    {
        TestWorld world(false);
        MailDelivery(*world.db).deliver(QStringLiteral("camile.martin@exemple.fr"),
                                        MailTemplates::provisionalCode(QStringLiteral("1234")),
                                        world.clock.now());
        QCOMPARE(world.mails().everything(QStringLiteral("camille.martin@exemple.fr")).size(), 0);
        QCOMPARE(world.mails()
                     .folder(QStringLiteral("camile.martin@exemple.fr"), MailFolder::Inbox)
                     .size(),
                 1);
    }

    // T2: a provider that files the mail in spam; T3: another provider receives it fine.
    void spamProviderAndAnotherAddress_T2_T3()
    {
        TestWorld world(false);
        ProviderRuleRepository(*world.db).insert(
            {0, QStringLiteral("courriel-prudent.fr"), ProviderRule::Behaviour::ToSpam, {}});
        const MailContent content =
            MailTemplates::validation(SimulatedSites::validationUrl(QStringLiteral("t")));
        const Mail spam = MailDelivery(*world.db).deliver(
            QStringLiteral("nadia@courriel-prudent.fr"), content, world.clock.now());
        QCOMPARE(spam.folder, MailFolder::Spam);
        QVERIFY(spam.deliveryNote.contains(u"indésirable"));
        QCOMPARE(world.mails()
                     .folder(QStringLiteral("nadia@courriel-prudent.fr"), MailFolder::Inbox)
                     .size(),
                 0);
        QCOMPARE(world.mails().unreadCount(QStringLiteral("nadia@courriel-prudent.fr"),
                                           MailFolder::Spam),
                 1);
        // T3: same provider, same fate; another provider, the inbox.
        QCOMPARE(
            MailDelivery(*world.db)
                .deliver(QStringLiteral("autre@courriel-prudent.fr"), content, world.clock.now())
                .folder,
            MailFolder::Spam);
        QCOMPARE(MailDelivery(*world.db)
                     .deliver(QStringLiteral("nadia@exemple.fr"), content, world.clock.now())
                     .folder,
                 MailFolder::Inbox);
    }

    // T5: the provider's red list deletes mails containing "confirm".
    void redListDeletesMailsContainingAWord_T5()
    {
        TestWorld world(false);
        ProviderRuleRepository(*world.db).insert({0, QStringLiteral("boite-stricte.fr"),
                                                  ProviderRule::Behaviour::DeleteContaining,
                                                  QStringLiteral("confirm")});
        const QString address = QStringLiteral("pierre@boite-stricte.fr");
        const Mail validation = MailDelivery(*world.db).deliver(
            address, MailTemplates::validation(SimulatedSites::validationUrl(QStringLiteral("t"))),
            world.clock.now());
        QCOMPARE(validation.folder, MailFolder::Deleted);
        QVERIFY(validation.deliveryNote.contains(u"« confirm »"));
        // The provisional-code mail has no such word and arrives.
        const Mail code = MailDelivery(*world.db).deliver(
            address, MailTemplates::provisionalCode(QStringLiteral("1234")), world.clock.now());
        QCOMPARE(code.folder, MailFolder::Inbox);
        // Deleted mails are out of every folder and every search, but the trainer sees them.
        QCOMPARE(world.mails().folder(address, MailFolder::Inbox).size(), 1);
        QCOMPARE(world.mails().search(address, QStringLiteral("Confirmation")).size(), 0);
        QCOMPARE(world.mails().everything(address).size(), 2);
    }

    // T6: an antivirus blocks the mail's links; a click on one is refused.
    void antivirusBlocksLinks_T6()
    {
        TestWorld world;
        ProviderRuleRepository(*world.db).insert(
            {0, QStringLiteral("antivirus-zele.fr"), ProviderRule::Behaviour::BlockLinks, {}});
        const Mail mail = MailDelivery(*world.db).deliver(
            QStringLiteral("emilie@antivirus-zele.fr"),
            MailTemplates::validation(SimulatedSites::validationUrl(QStringLiteral("t"))),
            world.clock.now());
        QVERIFY(mail.linksBlocked);
        QCOMPARE(mail.folder, MailFolder::Inbox);
        QVERIFY(!mail.content.htmlBody.contains(QStringLiteral("href=\"https://")));
        QVERIFY(mail.content.htmlBody.contains(QStringLiteral("href=\"ameli-bloque:")));
        const JourneyResult click = world.journey->openLink(
            SimulatedSites::blocked(SimulatedSites::validationUrl(QStringLiteral("t"))));
        QCOMPARE(click.problem, Problem::LinkBlocked);
        QVERIFY(click.message.contains(u"bloqué par votre antivirus"));
    }

    // T4: the provider's mail program blocks the links its webmail opens. The mail is kept
    // intact; the link is neutralised only as the program shows it, and a click there says so.
    void mailProgramBlocksWhatTheWebmailOpens_T4()
    {
        TestWorld world;
        const QString address = QStringLiteral("antoine@exemple.fr");
        ProviderRuleRepository(*world.db).insert(
            {0, address, ProviderRule::Behaviour::ProgramBlocksLinks, {}});
        const QUrl link = SimulatedSites::validationUrl(QStringLiteral("t"));
        const Mail mail = MailDelivery(*world.db).deliver(address, MailTemplates::validation(link),
                                                          world.clock.now());
        QVERIFY(!mail.linksBlocked);
        QCOMPARE(mail.folder, MailFolder::Inbox);
        QVERIFY(mail.deliveryNote.contains(u"logiciel de messagerie"));
        const QList<ProviderRule> rules = ProviderRuleRepository(*world.db).rulesFor(address);
        const QString inProgram = MailReading::htmlAsRead(mail, MailReader::Program, rules);
        QVERIFY(!inProgram.contains(QStringLiteral("href=\"https://")));
        QVERIFY(inProgram.contains(QStringLiteral("href=\"ameli-bloque-logiciel:")));
        QCOMPARE(MailReading::htmlAsRead(mail, MailReader::Webmail, rules), mail.content.htmlBody);
        // Another person's program is not concerned.
        QCOMPARE(MailReading::htmlAsRead(mail, MailReader::Program,
                                         ProviderRuleRepository(*world.db).rulesFor(
                                             QStringLiteral("camille@exemple.fr"))),
                 mail.content.htmlBody);
        const JourneyResult click = world.journey->openLink(SimulatedSites::blockedByProgram(link));
        QCOMPARE(click.problem, Problem::LinkBlockedByProgram);
        QVERIFY(click.message.contains(u"messagerie en ligne"));
        QCOMPARE(BrokenRules::of(click), QStringList{QStringLiteral("T4")});
    }

    // T8: the conversation a subject belongs to, once reply and forward prefixes are set aside.
    void conversationKeyOfASubject_T8_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("sameAs");
        const QString guide =
            QStringLiteral("Votre compte ameli - Confirmation de votre adresse mail");
        QTest::newRow("itself") << guide << guide;
        QTest::newRow("RE :") << QStringLiteral("RE : ") + guide << guide;
        QTest::newRow("Re: lower case") << QStringLiteral("re:") + guide << guide;
        QTest::newRow("TR:") << QStringLiteral("TR: ") + guide << guide;
        QTest::newRow("Fwd:") << QStringLiteral("Fwd: ") + guide << guide;
        QTest::newRow("RE: TR:") << QStringLiteral("RE: TR: ") + guide << guide;
        QTest::newRow("upper case") << guide.toUpper() << guide;
        QTest::newRow("spaces") << QStringLiteral("  Votre compte ameli -  Confirmation de votre "
                                                  "adresse mail ")
                                << guide;
    }

    void conversationKeyOfASubject_T8()
    {
        QFETCH(QString, subject);
        QFETCH(QString, sameAs);
        QCOMPARE(MailThreads::conversationKey(subject), MailThreads::conversationKey(sameAs));
    }

    // T8: conversations keep the order of their newest mail; within one, newest first.
    void conversationsNewestFirst_T8()
    {
        const auto mail = [](qint64 id, const char *subject, bool read) {
            Mail m;
            m.id = id;
            m.content.subject = QString::fromUtf8(subject);
            m.read = read;
            return m;
        };
        // Newest first, as the repository gives them.
        const QList<Mail> mails{mail(5, "Confirmation", false), mail(4, "Photos", true),
                                mail(3, "RE: Confirmation", true), mail(2, "Code", true),
                                mail(1, "Photos", true)};
        const QList<MailThread> threads = MailThreads::group(mails);
        QCOMPARE(threads.size(), 3);
        QCOMPARE(threads.at(0).newest().id, 5);
        QCOMPARE(threads.at(0).mails.size(), 2);
        QCOMPARE(threads.at(0).mails.at(1).id, 3);
        QVERIFY(threads.at(0).hasUnread());
        QCOMPARE(threads.at(1).newest().id, 4);
        QCOMPARE(threads.at(1).mails.at(1).id, 1);
        QVERIFY(!threads.at(1).hasUnread());
        QCOMPARE(threads.at(2).newest().id, 2);
        QVERIFY(MailThreads::group({}).isEmpty());
    }

    // T8: searching by the subject or the sender finds the mail, in spam as well.
    void searchBySubjectOrSender_T8()
    {
        TestWorld world(false);
        ProviderRuleRepository(*world.db).insert(
            {0, QStringLiteral("courriel-prudent.fr"), ProviderRule::Behaviour::ToSpam, {}});
        const QString address = QStringLiteral("nadia@courriel-prudent.fr");
        MailDelivery(*world.db).deliver(
            address, MailTemplates::validation(SimulatedSites::validationUrl(QStringLiteral("1"))),
            world.clock.now());
        MailDelivery(*world.db).deliver(
            address,
            {QStringLiteral("Mamie"), QStringLiteral("Photos"), QStringLiteral("<p>Bisous</p>")},
            world.clock.now());
        QCOMPARE(world.mails()
                     .search(address, QStringLiteral("Votre compte ameli - Confirmation de votre "
                                                     "adresse mail"))
                     .size(),
                 1);
        QCOMPARE(world.mails().search(address, QStringLiteral("votre assurance maladie")).size(),
                 1);
        QCOMPARE(world.mails().search(address, QStringLiteral("Photos")).size(), 1);
        QCOMPARE(world.mails().search(address, QStringLiteral("100%")).size(), 0);
        QCOMPARE(world.mails()
                     .search(QStringLiteral("autre@exemple.fr"), QStringLiteral("ameli"))
                     .size(),
                 0);
    }

    void listsNewestFirstAndCountsUnread()
    {
        TestWorld world(false);
        const QString address = QStringLiteral("a@exemple.fr");
        const Mail first = MailDelivery(*world.db).deliver(
            address, {QStringLiteral("X"), QStringLiteral("premier"), QStringLiteral("1")},
            world.clock.now());
        world.advance(std::chrono::minutes(1));
        MailDelivery(*world.db).deliver(
            address, {QStringLiteral("X"), QStringLiteral("second"), QStringLiteral("2")},
            world.clock.now());
        const QList<Mail> inbox = world.mails().folder(address, MailFolder::Inbox);
        QCOMPARE(inbox.first().content.subject, QStringLiteral("second"));
        QCOMPARE(world.mails().unreadCount(address, MailFolder::Inbox), 2);
        world.mails().markRead(first.id);
        QCOMPARE(world.mails().unreadCount(address, MailFolder::Inbox), 1);
        QCOMPARE(world.mails().addresses(), QStringList{address});
    }
};

QTEST_MAIN(TestMailDelivery)
#include "tst_maildelivery.moc"
