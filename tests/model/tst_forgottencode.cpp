#include "TestWorld.h"
#include "identity/Nir.h"
#include "store/AccountRepository.h"

using namespace ameli;
using namespace std::chrono_literals;

class TestForgottenCode : public QObject
{
    Q_OBJECT

private slots:
    // F1: the number and the date of birth are asked, each checked with its own message.
    void asksNumberAndBirthDate_F1()
    {
        TestWorld world;
        const JourneyResult r = world.journey->requestProvisionalCode(
            QStringLiteral("28507"), QStringLiteral("31/02/1985"), QString());
        QCOMPARE(r.problem, Problem::InvalidInput);
        QCOMPARE(r.step, JourneyStep::ForgottenCode);
        QVERIFY(r.errorFor(field::nir).contains(u"13 caractères"));
        QVERIFY(r.errorFor(field::birthDate).contains(u"n'existe pas"));
        QVERIFY(!r.errorFor(field::captcha).isEmpty());
        QCOMPARE(world.mails().everything(QLatin1String(TestWorld::kEmail)).size(), 0);
    }

    // F5: right number, date and CAPTCHA: a 4-digit code is mailed to the address on file.
    void sendsAFourDigitCodeByMail_F5()
    {
        TestWorld world;
        const JourneyResult r = world.requestCode();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.step, JourneyStep::CodeSent);
        QVERIFY(r.message.contains(u"30 minutes"));
        QVERIFY(r.message.contains(QStringLiteral("c************n@exemple.fr")));
        const QList<Mail> inbox =
            world.mails().folder(QLatin1String(TestWorld::kEmail), MailFolder::Inbox);
        QCOMPARE(inbox.size(), 1);
        QCOMPARE(inbox.first().content.sender, QStringLiteral("Votre Assurance Maladie"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{4}$"))
                    .match(world.latestProvisionalCode())
                    .hasMatch());
        // The account keeps only an Argon2id hash of it.
        const Account account = AccountRepository(*world.db).require(world.personId);
        QVERIFY(account.provisionalCodeHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!account.provisionalCodeHash.contains(world.latestProvisionalCode()));
        QCOMPARE(account.state, AccountState::ProvisionalCodeSent);
    }

    // F5: the key and spaces may be typed too (A4).
    void acceptsTheNumberWithSpacesAndKey_F5()
    {
        TestWorld world;
        const QString withKey =
            QStringLiteral("2 85 07 75 056 123 %1")
                .arg(Nir::computeKey(QLatin1String(TestWorld::kNir)), 2, 10, QLatin1Char('0'));
        QVERIFY(world.requestCode(withKey).ok());
    }

    // F3: after 5 minutes the CAPTCHA is refused and a new one must be used.
    void expiredCaptchaIsRefused_F3()
    {
        TestWorld world;
        const QString chars = world.journey->captcha().current().characters;
        world.advance(5min);
        const JourneyResult r = world.journey->requestProvisionalCode(
            QLatin1String(TestWorld::kNir), QLatin1String(TestWorld::kBirth), chars);
        QCOMPARE(r.problem, Problem::CaptchaExpired);
        QVERIFY(r.errorFor(field::captcha).contains(u"5 minutes"));
        QCOMPARE(world.mails().everything(QLatin1String(TestWorld::kEmail)).size(), 0);
        QVERIFY(world.requestCode().ok());
    }

    // F4: a wrong CAPTCHA can be retried.
    void wrongCaptchaCanBeRetried_F4()
    {
        TestWorld world;
        const JourneyResult wrong = world.journey->requestProvisionalCode(
            QLatin1String(TestWorld::kNir), QLatin1String(TestWorld::kBirth),
            QStringLiteral("ZZZZZZ9"));
        QCOMPARE(wrong.problem, Problem::CaptchaWrong);
        QVERIFY(!wrong.errorFor(field::captcha).isEmpty());
        QVERIFY(world.requestCode().ok());
    }

    // F8: a mismatch does not tell which of number and date was wrong.
    void mismatchDoesNotSayWhichWasWrong_F8()
    {
        TestWorld world;
        const JourneyResult wrongDate =
            world.requestCode(QLatin1String(TestWorld::kNir), QStringLiteral("15/07/1985"));
        const JourneyResult unknownNumber =
            world.requestCode(QStringLiteral("2850775056124"), QLatin1String(TestWorld::kBirth));
        QCOMPARE(wrongDate.problem, Problem::IdentityNotRecognised);
        QCOMPARE(unknownNumber.problem, Problem::IdentityNotRecognised);
        QCOMPARE(wrongDate.message, unknownNumber.message);
        QVERIFY(wrongDate.fieldErrors.isEmpty());
        QCOMPARE(world.mails().everything(QLatin1String(TestWorld::kEmail)).size(), 0);
    }

    void noEmailOnFileIsExplained_F5()
    {
        TestWorld world(false);
        world.addPerson(QLatin1String(TestWorld::kNir), QDate(1985, 7, 14), QString());
        const JourneyResult r = world.requestCode();
        QCOMPARE(r.problem, Problem::NoEmailOnFile);
        QVERIFY(r.message.contains(u"caisse"));
    }

    // F6: the code works for 30 minutes, not one second more.
    void codeValidThirtyMinutes_F6()
    {
        TestWorld world;
        world.requestCode();
        world.advance(29min + 59s);
        QCOMPARE(world.journey->login(QLatin1String(TestWorld::kNir), world.latestProvisionalCode())
                     .step,
                 JourneyStep::Conditions);

        TestWorld late;
        late.requestCode();
        late.advance(30min);
        const JourneyResult r =
            late.journey->login(QLatin1String(TestWorld::kNir), late.latestProvisionalCode());
        QCOMPARE(r.problem, Problem::ProvisionalCodeExpired);
        QVERIFY(r.errorFor(field::code).contains(u"30 minutes"));
        QVERIFY(r.message.contains(u"Code oublié ?"));
        // After that the user must do "code oublié" again, and the new code works.
        late.requestCode();
        QVERIFY(
            late.journey->login(QLatin1String(TestWorld::kNir), late.latestProvisionalCode()).ok());
    }

    // F7: a new code replaces the previous one, and a code works once.
    void newCodeReplacesOldAndWorksOnce_F7()
    {
        TestWorld world;
        world.requestCode();
        const QString first = world.latestProvisionalCode();
        world.advance(1min);
        world.requestCode();
        const QString second = world.latestProvisionalCode();
        if (first != second) {
            // The older mail's code is recognised: said so, and never counted as a wrong code,
            // however many times it is typed.
            for (int i = 0; i < 4; ++i) {
                const JourneyResult old =
                    world.journey->login(QLatin1String(TestWorld::kNir), first);
                QCOMPARE(old.problem, Problem::ProvisionalCodeReplaced);
                QVERIFY(old.errorFor(field::code).contains(u"remplacé par un code plus récent"));
            }
        }
        QVERIFY(world.journey->login(QLatin1String(TestWorld::kNir), second).ok());
        world.journey->logout();
        QCOMPARE(world.journey->login(QLatin1String(TestWorld::kNir), second).problem,
                 Problem::WrongCredentials);
    }

    // K1: the status a trainer reads follows the clock.
    void statusShowsTheCodesExpiry_K1()
    {
        TestWorld world;
        world.requestCode();
        const AccountStatus s = world.journey->status(world.personId);
        QCOMPARE(s.state, AccountState::ProvisionalCodeSent);
        QCOMPARE(s.provisionalCodeExpiresAt, world.clock.now().addSecs(30 * 60));
    }
};

QTEST_MAIN(TestForgottenCode)
#include "tst_forgottencode.moc"
