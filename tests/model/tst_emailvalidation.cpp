#include "TestWorld.h"
#include "store/AccountRepository.h"
#include "store/PersonRepository.h"

using namespace ameli;
using namespace std::chrono_literals;

namespace {

const auto kDay = 24h;

} // namespace

class TestEmailValidation : public QObject
{
    Q_OBJECT

private slots:
    // V2: the mail arrives from "Votre Assurance Maladie"; its link activates the account.
    void linkActivatesTheAccount_V2()
    {
        TestWorld world;
        world.walkToValidationPending();
        const QList<Mail> inbox =
            world.mails().folder(QLatin1String(TestWorld::kEmail), MailFolder::Inbox);
        QCOMPARE(inbox.first().content.subject, MailTemplates::validationSubject());
        const JourneyResult r = world.journey->openLink(world.latestValidationLink());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.step, JourneyStep::Login);
        QVERIFY(r.message.contains(u"activé"));
        QCOMPARE(AccountRepository(*world.db).require(world.personId).state, AccountState::Active);
        // A second click says it is done already.
        QCOMPARE(world.journey->openLink(world.latestValidationLink()).problem,
                 Problem::AlreadyValidated);
    }

    // V3: the link is valid 7 days.
    void linkValidSevenDays_V3()
    {
        TestWorld world;
        world.walkToValidationPending();
        world.advance(7 * kDay - 1s);
        QVERIFY(world.journey->openLink(world.latestValidationLink()).ok());
    }

    // V4: between 7 and 21 days, the link says it expired and offers the two choices.
    void afterSevenDaysOffersTwoChoices_V4()
    {
        TestWorld world;
        world.walkToValidationPending();
        world.advance(7 * kDay);
        const QUrl oldLink = world.latestValidationLink();
        const JourneyResult r = world.journey->openLink(oldLink);
        QCOMPARE(r.problem, Problem::LinkExpired);
        QCOMPARE(r.step, JourneyStep::LinkExpired);
        QVERIFY(r.message.contains(u"n'est plus actif"));
        QVERIFY(world.journey->status(world.personId).linkExpired);

        // Choice 1: the same address.
        const JourneyResult same = world.journey->resendLinkToSameAddress();
        QVERIFY2(same.ok(), qPrintable(same.message));
        QCOMPARE(same.step, JourneyStep::ValidationPending);
        const QUrl newLink = world.latestValidationLink();
        QVERIFY(newLink != oldLink);
        QVERIFY(world.journey->openLink(newLink).ok());
    }

    // V4: logging in in that window says the same, and a different address can be chosen.
    void loginAfterTenDaysOffersAnotherAddress_V4()
    {
        TestWorld world;
        world.walkToValidationPending();
        world.advance(10 * kDay);
        const JourneyResult login = world.journey->login(QLatin1String(TestWorld::kNir),
                                                         QLatin1String(TestWorld::kGoodCode));
        QCOMPARE(login.step, JourneyStep::LinkExpired);
        const QString other = QStringLiteral("camille.m@autre-fai.fr");
        QCOMPARE(
            world.journey->resendLinkTo(other, QStringLiteral("camille.m@autre-fai.com")).problem,
            Problem::InvalidInput);
        const JourneyResult r = world.journey->resendLinkTo(other, other);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(world.journey->openLink(world.latestValidationLink(other)).ok());
        QCOMPARE(PersonRepository(*world.db).findById(world.personId)->emailOnFile, other);
    }

    // V1: within the 7 days, logging in only reminds of the link.
    void loginWithinSevenDaysRemindsOfTheLink_V1()
    {
        TestWorld world;
        world.walkToValidationPending();
        world.advance(3 * kDay);
        const JourneyResult r = world.journey->login(QLatin1String(TestWorld::kNir),
                                                     QLatin1String(TestWorld::kGoodCode));
        QCOMPARE(r.step, JourneyStep::ValidationPending);
        // No account yet: the only thing this login allows is sending the link elsewhere (T3).
        QCOMPARE(world.journey->session().purpose, Session::Purpose::ResendLink);
        QCOMPARE(
            world.journey
                ->choosePersonalCode(QStringLiteral("Autre-Code7"), QStringLiteral("Autre-Code7"))
                .problem,
            Problem::NoSession);
    }

    // V5: after 21 days the address is forgotten; a valid one is asked and a new link sent.
    // T3: within the 7 days, a person who logs in and never got the mail can have the link sent
    // to another address; the new mail's link works, the first one no longer does (V7). Right
    // after step 3 (logged out, V1) nobody can.
    void anotherAddressWithinSevenDays_T3()
    {
        TestWorld world;
        world.walkToValidationPending();
        const QUrl first = world.latestValidationLink();
        QCOMPARE(world.journey
                     ->resendLinkTo(QStringLiteral("camille@autre-fai.fr"),
                                    QStringLiteral("camille@autre-fai.fr"))
                     .problem,
                 Problem::NoSession);
        world.advance(2 * 24h);
        const JourneyResult login = world.journey->login(QLatin1String(TestWorld::kNir),
                                                         QLatin1String(TestWorld::kGoodCode));
        QCOMPARE(login.step, JourneyStep::ValidationPending);
        const JourneyResult typo = world.journey->resendLinkTo(QStringLiteral("camille@autre-fai"),
                                                               QStringLiteral("camille@autre-fai"));
        QCOMPARE(typo.step, JourneyStep::ValidationPending);
        QVERIFY(!typo.errorFor(field::email).isEmpty());
        const JourneyResult sent = world.journey->resendLinkTo(
            QStringLiteral("camille@autre-fai.fr"), QStringLiteral("camille@autre-fai.fr"));
        QVERIFY2(sent.ok(), qPrintable(sent.message));
        QCOMPARE(sent.step, JourneyStep::ValidationPending);
        QVERIFY(sent.message.contains(u"autre-fai.fr"));
        QCOMPARE(world.journey->openLink(first).problem, Problem::LinkSuperseded);
        QVERIFY(world.journey
                    ->openLink(world.latestValidationLink(QStringLiteral("camille@autre-fai.fr")))
                    .ok());
    }

    void afterTwentyOneDaysAsksForAnAddress_V5()
    {
        TestWorld world;
        world.walkToValidationPending();
        world.advance(21 * kDay);
        QVERIFY(world.journey->status(world.personId).emailForgotten);
        const JourneyResult r = world.journey->openLink(world.latestValidationLink());
        QCOMPARE(r.problem, Problem::EmailForgotten);
        QCOMPARE(r.step, JourneyStep::AskNewEmail);
        QVERIFY(r.message.contains(u"n'est plus mémorisée"));
        QVERIFY(AccountRepository(*world.db).require(world.personId).email.isEmpty());
        // Same address is no longer a choice.
        QCOMPARE(world.journey->resendLinkToSameAddress().problem, Problem::NoSession);
        QVERIFY(world.journey->resendLinkTo(QStringLiteral("x"), QStringLiteral("x"))
                    .errorFor(field::email)
                    .contains(u"@"));
        const JourneyResult sent = world.journey->resendLinkTo(QLatin1String(TestWorld::kEmail),
                                                               QLatin1String(TestWorld::kEmail));
        QVERIFY2(sent.ok(), qPrintable(sent.message));
        QVERIFY(world.journey->openLink(world.latestValidationLink()).ok());
    }

    // V5 by login: at day 22 the login asks for an address too.
    void loginAfterTwentyTwoDays_V5()
    {
        TestWorld world;
        world.walkToValidationPending();
        world.advance(22 * kDay);
        QCOMPARE(world.journey
                     ->login(QLatin1String(TestWorld::kNir), QLatin1String(TestWorld::kGoodCode))
                     .step,
                 JourneyStep::AskNewEmail);
    }

    // D5 and V5: an address forgotten after 21 days is free for another account.
    void forgottenAddressIsFreeAgain_D5_V5()
    {
        TestWorld world;
        world.walkToValidationPending();
        world.advance(21 * kDay);
        world.addPerson(QStringLiteral("1940969381152"), QDate(1994, 9, 27),
                        QLatin1String(TestWorld::kEmail));
        world.requestCode(QStringLiteral("1940969381152"), QStringLiteral("27/09/1994"));
        world.journey->login(QStringLiteral("1940969381152"), world.latestProvisionalCode());
        world.journey->answerConditions(true);
        world.journey->choosePersonalCode(QLatin1String(TestWorld::kGoodCode),
                                          QLatin1String(TestWorld::kGoodCode));
        QVERIFY(world.journey->giveContactDetails(world.contact()).ok());
    }

    // V7, T7: only the newest link works; an older mail's link says so and points to it.
    void onlyTheNewestLinkWorks_V7_T7()
    {
        TestWorld world;
        world.walkToValidationPending();
        const QUrl first = world.latestValidationLink();
        world.advance(8 * kDay);
        world.journey->openLink(first);
        world.journey->resendLinkToSameAddress();
        const QUrl second = world.latestValidationLink();
        QVERIFY(first != second);
        const JourneyResult old = world.journey->openLink(first);
        QCOMPARE(old.problem, Problem::LinkSuperseded);
        QVERIFY(old.message.contains(MailTemplates::validationSubject()));
        QVERIFY(old.message.contains(u"plus récent"));
        QCOMPARE(AccountRepository(*world.db).require(world.personId).state,
                 AccountState::EmailPending);
        QVERIFY(world.journey->openLink(second).ok());
        // T8: both mails are found by a search on the subject, newest first.
        const QList<Mail> found = world.mails().search(QLatin1String(TestWorld::kEmail),
                                                       MailTemplates::validationSubject());
        QCOMPARE(found.size(), 2);
        QCOMPARE(TestWorld::linkIn(found.first().content.htmlBody), second);
    }

    void unknownOrForgedLinkIsRefused()
    {
        TestWorld world;
        world.walkToValidationPending();
        QUrl forged = world.latestValidationLink();
        forged.setQuery(QStringLiteral("jeton=0123456789abcdef0123456789abcdef"));
        QCOMPARE(world.journey->openLink(forged).problem, Problem::LinkUnknown);
        QCOMPARE(world.journey->openLink(QUrl(QStringLiteral("https://exemple.fr/"))).problem,
                 Problem::LinkUnknown);
    }

    // T1: a typo in the address: the mail went elsewhere, the right inbox stays empty.
    void typoSendsTheMailElsewhere_T1()
    {
        TestWorld world;
        world.walkToValidationPending(QStringLiteral("camile.martin@exemple.fr"));
        QVERIFY(world.latestValidationLink(QLatin1String(TestWorld::kEmail)).isEmpty());
        QVERIFY(world.latestValidationLink(QStringLiteral("camile.martin@exemple.fr")).isValid());
        QCOMPARE(world.journey->status(world.personId).pendingEmail,
                 QStringLiteral("camile.martin@exemple.fr"));
    }

    // K1: every delay of the validation, computed from the one clock.
    void statusFollowsTheClock_K1()
    {
        TestWorld world;
        world.walkToValidationPending();
        const QDateTime sent = world.clock.now();
        AccountStatus s = world.journey->status(world.personId);
        QCOMPARE(s.linkExpiresAt, sent.addDays(7));
        QCOMPARE(s.emailForgottenAt, sent.addDays(21));
        QVERIFY(!s.linkExpired);
        world.advance(7 * kDay);
        s = world.journey->status(world.personId);
        QVERIFY(s.linkExpired);
        QVERIFY(!s.emailForgotten);
    }
};

QTEST_MAIN(TestEmailValidation)
#include "tst_emailvalidation.moc"
