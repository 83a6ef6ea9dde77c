#include "TestWorld.h"
#include "store/AccountRepository.h"

using namespace ameli;

class TestActivation : public QObject
{
    Q_OBJECT

private slots:
    // C2: no going on without an answer; "Oui, j'accepte" leads to step 2.
    void acceptingLeadsToStep2_C2()
    {
        TestWorld world;
        world.loginWithNewCode();
        const JourneyResult none = world.journey->answerConditions(std::nullopt);
        QCOMPARE(none.problem, Problem::InvalidInput);
        QVERIFY(!none.errorFor(field::conditions).isEmpty());
        QCOMPARE(none.step, JourneyStep::Conditions);
        const JourneyResult yes = world.journey->answerConditions(true);
        QVERIFY(yes.ok());
        QCOMPARE(yes.step, JourneyStep::PersonalCode);
        QCOMPARE(AccountRepository(*world.db).require(world.personId).state,
                 AccountState::ConditionsAccepted);
    }

    // C2: refusing ends the activation and returns to login; only the refusal is kept.
    void refusingEndsTheActivation_C2()
    {
        TestWorld world;
        world.loginWithNewCode();
        const JourneyResult no = world.journey->answerConditions(false);
        QCOMPARE(no.problem, Problem::ConditionsRefused);
        QCOMPARE(no.step, JourneyStep::Login);
        QVERIFY(!world.journey->session().isOpen());
        const Account account = AccountRepository(*world.db).require(world.personId);
        QCOMPARE(account.state, AccountState::NoCode);
        QVERIFY(account.provisionalCodeHash.isEmpty());
        QVERIFY(account.conditionsRefusedAt.isValid());
        QCOMPARE(world.journey
                     ->choosePersonalCode(QLatin1String(TestWorld::kGoodCode),
                                          QLatin1String(TestWorld::kGoodCode))
                     .problem,
                 Problem::NoSession);
    }

    // C2: ANNULER at step 1 is a refusal too.
    void cancelAtStep1Refuses_C2()
    {
        TestWorld world;
        world.loginWithNewCode();
        QCOMPARE(world.journey->cancelActivation().problem, Problem::ConditionsRefused);
        QCOMPARE(AccountRepository(*world.db).require(world.personId).state, AccountState::NoCode);
    }

    // P1-P6 through the service: each unmet rule is named under its field.
    void personalCodeRulesAreEnforced_P1_P5_P6()
    {
        TestWorld world;
        world.loginWithNewCode();
        world.journey->answerConditions(true);
        const JourneyResult shortCode =
            world.journey->choosePersonalCode(QStringLiteral("Ab1"), QStringLiteral("Ab1"));
        QCOMPARE(shortCode.problem, Problem::InvalidInput);
        QVERIFY(shortCode.errorFor(field::newCode).contains(u"entre 8 et 50 caractères"));
        const JourneyResult birthYear = world.journey->choosePersonalCode(
            QStringLiteral("Soleil1985"), QStringLiteral("Soleil1985"));
        QVERIFY(birthYear.errorFor(field::newCode).contains(u"date de naissance"));
        const JourneyResult mismatch = world.journey->choosePersonalCode(
            QLatin1String(TestWorld::kGoodCode), QStringLiteral("MotdePasse2"));
        QVERIFY(mismatch.errorFor(field::newCode).isEmpty());
        QVERIFY(mismatch.errorFor(field::confirmCode).contains(u"pas identiques"));
        QCOMPARE(world.journey->session().step, JourneyStep::PersonalCode);
    }

    // P9: MotdePasse1 is accepted, and step 3 follows.
    void guideExampleIsAccepted_P9()
    {
        TestWorld world;
        world.loginWithNewCode();
        world.journey->answerConditions(true);
        QVERIFY(PersonalCodePolicy::isAcceptable(world.journey->checkPersonalCode(
            QLatin1String(TestWorld::kGoodCode), QLatin1String(TestWorld::kGoodCode))));
        QVERIFY(world.journey->personalCodeStrength(QLatin1String(TestWorld::kGoodCode)).level !=
                StrengthLevel::Strong);
        const JourneyResult r = world.journey->choosePersonalCode(
            QLatin1String(TestWorld::kGoodCode), QLatin1String(TestWorld::kGoodCode));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.step, JourneyStep::ContactDetails);
    }

    // P5 uses the session person's own data.
    void personalDataIsTheSessionPersons_P5()
    {
        TestWorld world;
        world.loginWithNewCode();
        world.journey->answerConditions(true);
        const auto checks = world.journey->checkPersonalCode(QStringLiteral("Abcdef0775"),
                                                             QStringLiteral("Abcdef0775"));
        QVERIFY(!PersonalCodePolicy::isAcceptable(checks));
    }

    // D1: the email is mandatory, valid, and typed twice the same.
    void emailMandatoryValidAndConfirmed_D1()
    {
        TestWorld world;
        walkToStep3(world);
        ContactDetails d;
        QVERIFY(world.journey->giveContactDetails(d).errorFor(field::email).contains(u"Saisissez"));
        d.email = QStringLiteral("camille.martin@exemple");
        d.email = QStringLiteral("camille.martin.exemple.fr");
        QVERIFY(world.journey->giveContactDetails(d).errorFor(field::email).contains(u"@"));
        d.email = QLatin1String(TestWorld::kEmail);
        QVERIFY(!world.journey->giveContactDetails(d).errorFor(field::emailConfirmation).isEmpty());
        d.emailConfirmation = QStringLiteral("camille.martin@exemple.com");
        QVERIFY(world.journey->giveContactDetails(d)
                    .errorFor(field::emailConfirmation)
                    .contains(u"différentes"));
        QCOMPARE(world.journey->session().step, JourneyStep::ContactDetails);
    }

    // D2-D4, D6: consents and optional French phone numbers are stored.
    void phonesAndConsentsAreStored_D2_D3_D4_D6()
    {
        TestWorld world;
        walkToStep3(world);
        ContactDetails d = world.contact();
        d.promotionalEmails = true;
        d.mobile = QStringLiteral("0140203040");
        d.landline = QStringLiteral("0612345678");
        const JourneyResult wrong = world.journey->giveContactDetails(d);
        QVERIFY(wrong.errorFor(field::mobile).contains(u"portable"));
        QVERIFY(wrong.errorFor(field::landline).contains(u"fixe"));
        d.mobile = QStringLiteral("+33 6 12 34 56 78");
        d.mobileCalls = false;
        d.sms = true;
        d.landline = QStringLiteral("01 40 20 30 40");
        d.landlineCalls = true;
        QVERIFY(world.journey->giveContactDetails(d).ok());
        const Account a = AccountRepository(*world.db).require(world.personId);
        QCOMPARE(a.mobile, QStringLiteral("06 12 34 56 78"));
        QCOMPARE(a.landline, QStringLiteral("01 40 20 30 40"));
        QVERIFY(a.consentEmailPromo);
        QVERIFY(!a.consentMobileCall);
        QVERIFY(a.consentSms);
        QVERIFY(a.consentLandlineCall);
    }

    // D3, D4: without phone numbers, no phone consent is kept; D2 unanswered means no.
    void phonesAreOptional_D3_D4()
    {
        TestWorld world;
        walkToStep3(world);
        ContactDetails d = world.contact();
        d.sms = true;
        d.landlineCalls = true;
        QVERIFY(world.journey->giveContactDetails(d).ok());
        const Account a = AccountRepository(*world.db).require(world.personId);
        QVERIFY(!a.consentSms);
        QVERIFY(!a.consentLandlineCall);
        QVERIFY(!a.consentEmailPromo);
    }

    // D5: an address already used by another account (a relative's) is refused.
    void emailMustBeUnique_D5()
    {
        TestWorld world;
        const QString family = QStringLiteral("famille.petit@exemple.fr");
        const qint64 mother =
            world.addPerson(QStringLiteral("2630469381077"), QDate(1963, 4, 12), family,
                            QStringLiteral("Sophie"), QStringLiteral("Petit"));
        Account motherAccount = AccountRepository(*world.db).require(mother);
        motherAccount.state = AccountState::Active;
        motherAccount.email = family;
        AccountRepository(*world.db).save(motherAccount);

        walkToStep3(world);
        const JourneyResult r = world.journey->giveContactDetails(
            world.contact(QStringLiteral("Famille.Petit@Exemple.fr")));
        QCOMPARE(r.problem, Problem::EmailAlreadyUsed);
        QVERIFY(r.errorFor(field::email).contains(u"déjà utilisée"));
        QCOMPARE(world.journey->session().step, JourneyStep::ContactDetails);
        QVERIFY(world.journey->giveContactDetails(world.contact()).ok());
    }

    // V1: after step 3 the user is logged out and told to click the mailed link.
    void step3LogsOutAndAsksForTheLink_V1()
    {
        TestWorld world;
        const JourneyResult r = world.walkToValidationPending();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.step, JourneyStep::ValidationPending);
        QCOMPARE(r.message, QStringLiteral("Pour finaliser la création de votre compte, merci de "
                                           "cliquer sur le lien reçu par email."));
        QVERIFY(!world.journey->session().isOpen());
        QCOMPARE(AccountRepository(*world.db).require(world.personId).state,
                 AccountState::EmailPending);
        QVERIFY(world.latestValidationLink().isValid());
    }

    // The conditions accepted are kept if the person leaves before step 2 is done.
    void acceptedConditionsAreKept()
    {
        TestWorld world;
        world.loginWithNewCode();
        world.journey->answerConditions(true);
        world.journey->logout();
        QCOMPARE(world.loginWithNewCode().step, JourneyStep::PersonalCode);
    }

private:
    static void walkToStep3(TestWorld &world)
    {
        world.loginWithNewCode();
        world.journey->answerConditions(true);
        world.journey->choosePersonalCode(QLatin1String(TestWorld::kGoodCode),
                                          QLatin1String(TestWorld::kGoodCode));
        QCOMPARE(world.journey->session().step, JourneyStep::ContactDetails);
    }
};

QTEST_MAIN(TestActivation)
#include "tst_activation.moc"
