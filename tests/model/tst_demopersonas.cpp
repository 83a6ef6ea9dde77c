#include "TestWorld.h"
#include "identity/BirthDate.h"
#include "identity/Nir.h"
#include "personas/DemoPersonas.h"
#include "security/SecretHasher.h"
#include "store/AccountRepository.h"
#include "store/ProviderRuleRepository.h"

using namespace ameli;

class TestDemoPersonas : public QObject
{
    Q_OBJECT

private slots:
    // Every persona has a well-formed number agreeing with its birth date (A4).
    void personasAreWellFormed_A4()
    {
        const QList<DemoPersona> all = DemoPersonas::all();
        QVERIFY(all.size() >= 8);
        for (const DemoPersona &p : all) {
            const Nir nir = Nir::parse(p.person.nir13);
            QVERIFY2(nir.isValid(),
                     qPrintable(p.person.firstName + QLatin1Char(' ') + nir.errorMessage()));
            QVERIFY2(BirthDate::agreesWith(p.person.birthDate, nir),
                     qPrintable(p.person.firstName));
            QVERIFY(!p.purpose.isEmpty());
        }
    }

    // The demo codes' hashes are made once and kept in the source, at the login's own cost:
    // each still opens its persona's account, and nothing else.
    void keptHashesOpenTheirAccounts()
    {
        const SecretHasher hasher;
        int withCode = 0;
        for (const DemoPersona &p : DemoPersonas::all()) {
            if (p.personalCode.isEmpty())
                continue;
            ++withCode;
            QVERIFY2(p.personalCodeHash.startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"),
                     qPrintable(p.person.firstName));
            QVERIFY2(hasher.verify(p.personalCodeHash, p.personalCode),
                     qPrintable(p.person.firstName));
            QVERIFY(!hasher.verify(p.personalCodeHash, p.personalCode + QLatin1Char('x')));
        }
        QVERIFY(withCode >= 2);
    }

    // The cases the journey needs: Corsica, abroad, month unknown, no email, shared email.
    void personasCoverTheJourney()
    {
        const QList<DemoPersona> all = DemoPersonas::all();
        const auto any = [&all](auto predicate) {
            return std::any_of(all.begin(), all.end(), predicate);
        };
        QVERIFY(any([](const DemoPersona &p) { return p.person.nir13.mid(5, 2) == u"2A"; }));
        QVERIFY(any([](const DemoPersona &p) { return p.person.nir13.mid(5, 2) == u"99"; }));
        QVERIFY(any(
            [](const DemoPersona &p) { return Nir::parse(p.person.nir13).birthMonthUnknown(); }));
        QVERIFY(any([](const DemoPersona &p) { return p.person.emailOnFile.isEmpty(); }));
        QVERIFY(any([](const DemoPersona &p) { return p.state == AccountState::Active; }));
        QVERIFY(any([](const DemoPersona &p) { return p.state == AccountState::EmailPending; }));
    }

    void seedsOnceWithAccountsInTheirStates()
    {
        TestWorld world(false);
        const SecretHasher hasher(SecretHasher::Cost::Minimal);
        const int added = DemoPersonas::seedIfEmpty(*world.db, hasher, world.clock);
        QCOMPARE(added, int(DemoPersonas::all().size()));
        QCOMPARE(DemoPersonas::seedIfEmpty(*world.db, hasher, world.clock), 0);
        QCOMPARE(PersonRepository(*world.db).count(), added);

        // The active persona logs in with the documented demo code (V6).
        const DemoPersona active = DemoPersonas::all().at(4);
        QCOMPARE(active.state, AccountState::Active);
        QCOMPARE(world.journey->login(active.person.nir13, active.personalCode).step,
                 JourneyStep::AccountHome);
        // The pending persona has a validation mail waiting, whose link works.
        const DemoPersona pending = DemoPersonas::all().at(7);
        QCOMPARE(pending.state, AccountState::EmailPending);
        QVERIFY(world.journey->openLink(world.latestValidationLink(pending.accountEmail)).ok());
    }

    // D5: the son's address is his mother's account address.
    void sharedFamilyEmailIsRefused_D5()
    {
        TestWorld world(false);
        DemoPersonas::seedIfEmpty(*world.db, SecretHasher(SecretHasher::Cost::Minimal),
                                  world.clock);
        const DemoPersona son = DemoPersonas::all().at(5);
        world.requestCode(son.person.nir13,
                          son.person.birthDate.toString(QStringLiteral("dd/MM/yyyy")));
        world.journey->login(son.person.nir13, world.latestProvisionalCode(son.person.emailOnFile));
        world.journey->answerConditions(true);
        world.journey->choosePersonalCode(QStringLiteral("MotdePasse1"),
                                          QStringLiteral("MotdePasse1"));
        QCOMPARE(world.journey->giveContactDetails(world.contact(son.person.emailOnFile)).problem,
                 Problem::EmailAlreadyUsed);
    }

    // T2, T5, T6: the demo providers behave as their personas say.
    void demoProvidersBehave_T2_T5_T6()
    {
        TestWorld world(false);
        DemoPersonas::seedIfEmpty(*world.db, SecretHasher(SecretHasher::Cost::Minimal),
                                  world.clock);
        const auto rules = ProviderRuleRepository(*world.db).all();
        QCOMPARE(rules.size(), 3);
    }
};

QTEST_MAIN(TestDemoPersonas)
#include "tst_demopersonas.moc"
