#include "TestWorld.h"
#include "identity/Nir.h"
#include "rules/JourneyDelays.h"
#include "store/AccountRepository.h"

using namespace ameli;
using namespace std::chrono_literals;

class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    // L1: the number and a code are both required, each with its message.
    void numberAndCodeRequired_L1()
    {
        TestWorld world;
        const JourneyResult r = world.journey->login(QString(), QString());
        QCOMPARE(r.problem, Problem::InvalidInput);
        QVERIFY(!r.errorFor(field::nir).isEmpty());
        QVERIFY(!r.errorFor(field::code).isEmpty());
        QCOMPARE(world.journey->login(QStringLiteral("7850775056123"), QStringLiteral("1234"))
                     .errorFor(field::nir),
                 Nir::parse(QStringLiteral("7850775056123")).errorMessage());
    }

    // L2: a valid provisional code starts the activation at step 1.
    void provisionalCodeStartsActivation_L2()
    {
        TestWorld world;
        const JourneyResult r = world.loginWithNewCode();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.step, JourneyStep::Conditions);
        QCOMPARE(world.journey->session().purpose, Session::Purpose::Activation);
        QCOMPARE(world.journey->sessionPerson()->nir13, QLatin1String(TestWorld::kNir));
    }

    // L3: wrong codes are refused clearly; after 3 the account is locked for a while.
    void repeatedWrongCodesLock_L3()
    {
        TestWorld world;
        world.walkToActive();
        const QString nir = QLatin1String(TestWorld::kNir);
        const JourneyResult first = world.journey->login(nir, QStringLiteral("Mauvais1"));
        QCOMPARE(first.problem, Problem::WrongCredentials);
        QVERIFY(first.errorFor(field::code).contains(u"2 essais"));
        world.journey->login(nir, QStringLiteral("Mauvais2"));
        const JourneyResult third = world.journey->login(nir, QStringLiteral("Mauvais3"));
        QCOMPARE(third.problem, Problem::AccountLocked);
        QVERIFY(third.message.contains(u"Code oublié ?"));

        // Locked: even the right code is refused, until the delay is over.
        QCOMPARE(world.journey->login(nir, QLatin1String(TestWorld::kGoodCode)).problem,
                 Problem::AccountLocked);
        QCOMPARE(world.journey->status(world.personId).lockedUntil,
                 world.clock.now().addMSecs(delays::kLockoutDuration.count()));
        world.advance(delays::kLockoutDuration - 1s);
        QCOMPARE(world.journey->login(nir, QLatin1String(TestWorld::kGoodCode)).problem,
                 Problem::AccountLocked);
        world.advance(1s);
        QCOMPARE(world.journey->login(nir, QLatin1String(TestWorld::kGoodCode)).step,
                 JourneyStep::AccountHome);
    }

    // L3: "Code oublié ?" is the way out of a lock.
    void forgottenCodeLiftsTheLock_L3()
    {
        TestWorld world;
        world.walkToActive();
        for (int i = 0; i < delays::kMaxFailedLogins; ++i)
            world.journey->login(QLatin1String(TestWorld::kNir), QStringLiteral("Mauvais1"));
        QVERIFY(world.journey->status(world.personId).lockedUntil.isValid());
        const JourneyResult r = world.loginWithNewCode();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!world.journey->status(world.personId).lockedUntil.isValid());
    }

    // L3: the login page never tells whether a number is registered: an unknown number gets
    // the very answers a registered one gets, down to the count of tries and the lock-out.
    void unknownNumberIsAnsweredAsARegisteredOne_L3()
    {
        TestWorld world;
        world.walkToActive();
        world.journey->logout();
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const JourneyResult known =
                world.journey->login(QLatin1String(TestWorld::kNir), QStringLiteral("Mauvais1"));
            const JourneyResult unknown =
                world.journey->login(QStringLiteral("1850775056123"), QStringLiteral("Mauvais1"));
            QCOMPARE(unknown.problem, known.problem);
            QCOMPARE(unknown.message, known.message);
            QCOMPARE(unknown.errorFor(field::code), known.errorFor(field::code));
        }
        // The lock of an unknown number ends as an account's does.
        world.advance(16min);
        QCOMPARE(world.journey->login(QStringLiteral("1850775056123"), QStringLiteral("Mauvais1"))
                     .problem,
                 Problem::WrongCredentials);
    }

    // L3: nor by the time an answer takes: a wrong code for an unknown number costs the
    // Argon2id verifications a registered number's costs, with or without a code stored.
    void unknownNumberCostsWhatARegisteredOneCosts_L3_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("personal code") << QStringLiteral("Mauvais1");
        QTest::newRow("4 digits") << QStringLiteral("4821");
    }

    void unknownNumberCostsWhatARegisteredOneCosts_L3()
    {
        QFETCH(QString, code);
        TestWorld world;
        world.walkToActive();
        world.journey->logout();
        const SecretHasher &hasher = world.journey->hasher();
        auto cost = [&](const QString &nir) {
            const quint64 before = hasher.verifications();
            world.journey->login(nir, code);
            return hasher.verifications() - before;
        };
        const quint64 known = cost(QLatin1String(TestWorld::kNir));
        QVERIFY(known >= 1);
        QCOMPARE(cost(QStringLiteral("1850775056123")), known);
        // With nothing stored, the decoy is checked and nothing is accepted.
        QVERIFY(!hasher.verify(QString(), code));
    }

    // L4: an active account with a forgotten code: the provisional code leads straight to
    // a new personal code, then to the account; conditions and email are not asked again.
    void activeAccountForgottenCode_L4()
    {
        TestWorld world;
        world.walkToActive();
        const JourneyResult login = world.loginWithNewCode();
        QCOMPARE(login.step, JourneyStep::PersonalCode);
        QCOMPARE(world.journey->session().purpose, Session::Purpose::CodeReset);
        QCOMPARE(world.journey->answerConditions(true).problem, Problem::NoSession);
        const JourneyResult chosen = world.journey->choosePersonalCode(
            QStringLiteral("Nouveau-Code7"), QStringLiteral("Nouveau-Code7"));
        QCOMPARE(chosen.step, JourneyStep::AccountHome);
        QCOMPARE(world.journey->giveContactDetails(world.contact()).problem, Problem::NoSession);
        world.journey->logout();
        QCOMPARE(world.journey
                     ->login(QLatin1String(TestWorld::kNir), QLatin1String(TestWorld::kGoodCode))
                     .problem,
                 Problem::WrongCredentials);
        QCOMPARE(
            world.journey->login(QLatin1String(TestWorld::kNir), QStringLiteral("Nouveau-Code7"))
                .step,
            JourneyStep::AccountHome);
        QCOMPARE(AccountRepository(*world.db).require(world.personId).state, AccountState::Active);
    }

    // V6: once validated, the personal code opens the account.
    void personalCodeOpensTheActiveAccount_V6()
    {
        TestWorld world;
        world.walkToActive();
        const JourneyResult r = world.journey->login(QLatin1String(TestWorld::kNir),
                                                     QLatin1String(TestWorld::kGoodCode));
        QVERIFY(r.ok());
        QCOMPARE(r.step, JourneyStep::AccountHome);
        QCOMPARE(world.journey->session().purpose, Session::Purpose::Account);
    }

    void personalCodeBeforeContactDetailsResumesAtStep3()
    {
        TestWorld world;
        world.loginWithNewCode();
        world.journey->answerConditions(true);
        world.journey->choosePersonalCode(QLatin1String(TestWorld::kGoodCode),
                                          QLatin1String(TestWorld::kGoodCode));
        world.journey->logout();
        QCOMPARE(world.journey
                     ->login(QLatin1String(TestWorld::kNir), QLatin1String(TestWorld::kGoodCode))
                     .step,
                 JourneyStep::ContactDetails);
    }

    void storedPersonalCodeIsAnArgon2idHash()
    {
        TestWorld world;
        world.walkToActive();
        const Account account = AccountRepository(*world.db).require(world.personId);
        QVERIFY(account.personalCodeHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!account.personalCodeHash.contains(QLatin1String(TestWorld::kGoodCode)));
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
