#include "TestWorld.h"
#include "journey/SimulatedSites.h"
#include "mail/MailDelivery.h"
#include "mail/MailTemplates.h"
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
