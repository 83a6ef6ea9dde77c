#include "RecordingWorld.h"
#include "attempts/AttemptExporter.h"
#include "journey/SimulatedSites.h"
#include "pages/ConditionsPage.h"
#include "pages/ContactDetailsPage.h"
#include "pages/ForgottenCodePage.h"
#include "pages/LoginPage.h"
#include "pages/PersonalCodePage.h"
#include "widgets/CaptchaBox.h"
#include "widgets/PasswordField.h"
#include "widgets/YesNoChoice.h"

#include <QDirIterator>
#include <QListWidget>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace ameli;

namespace {

const AttemptEvent *firstOf(const QList<AttemptEvent> &events, EventKind kind,
                            const QString &field = {})
{
    for (const AttemptEvent &e : events) {
        if (e.kind == kind && (field.isEmpty() || e.field == field))
            return &e;
    }
    return nullptr;
}

// Everything the store and the exports must never hold: the person's codes, the CAPTCHA's
// characters, the full number, the validation link's token.
struct Secrets
{
    QStringList exact;        // searched as they are, case-insensitively
    QStringList wholeNumbers; // searched as numbers standing alone (a 4-digit code)

    QString foundIn(const QString &text) const
    {
        for (const QString &s : exact) {
            if (!s.isEmpty() && text.contains(s, Qt::CaseInsensitive))
                return s;
        }
        for (const QString &n : wholeNumbers) {
            const QRegularExpression alone(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(n));
            if (alone.match(text).hasMatch())
                return n;
        }
        return {};
    }
};

} // namespace

// Every attempt on record: what a person does becomes events, steps, durations, errors by
// rule, misclicks and an outcome; nothing secret is kept.
class TestRecordingGui : public QObject
{
    Q_OBJECT

private slots:
    // A scripted attempt with real key and mouse events, time moved through the seam: the
    // events, the steps and their durations, the errors by rule (P5 is the scenario's own
    // situation, P6 the trainee's slip), the misclick and the outcome are exactly those.
    void scriptedAttemptGivesItsEventsAndMeasures()
    {
        RecordingWorld w;
        w.startScenario(QStringLiteral("regle-p5"), QStringLiteral("P07"));
        QVERIFY(w.recorder->isRecording());
        QVERIFY(w.card->isVisible());
        QVERIFY(w.card->identityText().contains(
            QStringLiteral("2\u00a085\u00a007\u00a075\u00a0056\u00a0123")));

        w.pass(2000);
        w.clickButton(QStringLiteral("Connectez-vous"));
        w.pass(3000);
        UserActions::click(RecordingWorld::titleOf(w.window->currentPage()));
        w.pass(4000);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        w.pass(1000);
        const QString provisional = w.latestProvisionalCode();
        QCOMPARE(provisional.size(), 4);
        UserActions::type(login->codeEdit(), provisional);
        w.pass(1000);
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QCOMPARE(w.step(), JourneyStep::PersonalCode);

        w.pass(10000);
        auto *personal = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        UserActions::type(personal->codeField(), QStringLiteral("Camille1407!"));
        UserActions::type(personal->confirmField(), QStringLiteral("Camille1407?"));
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::PersonalCode);
        w.pass(5000);
        UserActions::type(personal->codeField(), QStringLiteral("Tulipe+Rhone9"));
        UserActions::type(personal->confirmField(), QStringLiteral("Tulipe+Rhone9"));
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::ContactDetails);
        QVERIFY(w.session->solved());
        QVERIFY(!w.recorder->isRecording());

        const Attempt attempt = w.lastAttempt();
        QCOMPARE(attempt.spec.participant, QStringLiteral("P07"));
        QCOMPARE(attempt.spec.mode, AttemptMode::Guided);
        QCOMPARE(attempt.spec.scenarioId, QStringLiteral("regle-p5"));
        QCOMPARE(attempt.outcome, AttemptOutcome::Reached);
        QCOMPARE(attempt.durationMs, qint64(26000));

        const QList<AttemptEvent> events = w.lastEvents();
        QCOMPARE(events.first().kind, EventKind::AttemptStarted);
        QCOMPARE(events.last().kind, EventKind::AttemptEnded);
        for (int i = 1; i < events.size(); ++i) {
            QCOMPARE(events.at(i).seq, i + 1);
            QVERIFY(events.at(i).elapsedMs >= events.at(i - 1).elapsedMs);
        }
        QCOMPARE(w.kinds(events, EventKind::PageShown),
                 (QStringList{QStringLiteral("home"), QStringLiteral("login"),
                              QStringLiteral("personal_code"), QStringLiteral("contact_details")}));
        // Buttons by their visible label, with how they were pressed.
        const AttemptEvent *connect = firstOf(events, EventKind::ButtonActivated);
        QVERIFY(connect);
        QCOMPARE(connect->target, QStringLiteral("Connectez-vous"));
        QCOMPARE(connect->detail, QStringLiteral("mouse"));
        QCOMPARE(connect->elapsedMs, qint64(2000));
        QVERIFY(w.kinds(events, EventKind::FocusIn)
                    .contains(QStringLiteral("Mon numéro de sécurité sociale *")));
        // Typing is summed up per field; what is kept follows FieldPrivacy.
        const AttemptEvent *nir = firstOf(events, EventKind::FieldEdited, field::nir);
        QVERIFY(nir);
        QCOMPARE(nir->value, QStringLiteral("28507********"));
        QCOMPARE(nir->length, 13);
        QCOMPARE(nir->elapsedMs, qint64(9000));
        const AttemptEvent *code = firstOf(events, EventKind::FieldEdited, field::code);
        QVERIFY(code && code->value.isEmpty() && code->length == 4);
        const AttemptEvent *newCode = firstOf(events, EventKind::FieldEdited, field::newCode);
        QVERIFY(newCode && newCode->value.isEmpty());
        QCOMPARE(newCode->length, 12);
        QCOMPARE(newCode->rules, (QStringList{QStringLiteral("P1"), QStringLiteral("P2"),
                                              QStringLiteral("P3"), QStringLiteral("P4")}));
        // The misclick, on the page, where it was.
        const AttemptEvent *miss = firstOf(events, EventKind::Misclick);
        QVERIFY(miss);
        QCOMPARE(miss->elapsedMs, qint64(5000));
        QCOMPARE(miss->area, QStringLiteral("page"));
        QCOMPARE(miss->step, QStringLiteral("login"));
        QVERIFY(miss->x >= 0 && miss->y >= 0);
        // The service's refusal, with its rules and the messages shown.
        const AttemptEvent *refusal = nullptr;
        for (const AttemptEvent &e : events) {
            if (e.kind == EventKind::ServiceResult && !e.problem.isEmpty())
                refusal = &e;
        }
        QVERIFY(refusal);
        QCOMPARE(refusal->rules, (QStringList{QStringLiteral("P5"), QStringLiteral("P6")}));
        QCOMPARE(refusal->problem, QStringLiteral("invalid_input"));
        QVERIFY(refusal->detail.contains(
            QStringLiteral("Les deux codes saisis ne sont pas identiques")));

        const AttemptMeasures m = w.lastMeasures();
        QCOMPARE(m.success, SuccessKind::Direct);
        QCOMPARE(m.timeOnTaskMs, qint64(26000));
        QCOMPARE(m.visits.size(), 4);
        QCOMPARE(m.visits.at(0).durationMs, qint64(2000));
        QCOMPARE(m.visits.at(1).durationMs, qint64(9000));
        QCOMPARE(m.visits.at(2).durationMs, qint64(15000));
        QCOMPARE(m.visits.at(2).mistakes, 1);
        QCOMPARE(m.mistakes.size(), 1);
        QCOMPARE(m.mistakes.first().rules, QStringList{QStringLiteral("P6")});
        QCOMPARE(m.mistakesByRule.value(QStringLiteral("P6")), 1);
        QCOMPARE(m.symptoms.size(), 1);
        QCOMPARE(m.symptoms.first().rules, QStringList{QStringLiteral("P5")});
        QCOMPARE(m.misclicks, 1);
        QCOMPARE(m.backtracks, 0);
        QCOMPARE(m.hintsUsed, 0);
        // The participant's card says it is over.
        QCOMPARE(w.card->headingLabel()->text(), QStringLiteral("Objectif atteint"));
    }

    // "J'abandonne" asks once more, then ends the attempt as given up; "J'ai terminé" without
    // the objective ends it as not reached. Both are in the log.
    void participantStopsTheAttempt()
    {
        RecordingWorld w;
        w.startScenario(QStringLiteral("nominal"));
        UserActions::click(w.card->giveUpButton());
        QVERIFY(w.card->confirmGiveUpButton()->isVisible());
        QVERIFY(w.recorder->isRecording());
        UserActions::click(w.card->keepGoingButton());
        QVERIFY(!w.card->confirmGiveUpButton()->isVisible());
        QVERIFY(w.recorder->isRecording());
        UserActions::click(w.card->giveUpButton());
        UserActions::click(w.card->confirmGiveUpButton());
        QVERIFY(!w.recorder->isRecording());
        QCOMPARE(w.lastAttempt().outcome, AttemptOutcome::GivenUp);
        QVERIFY(firstOf(w.lastEvents(), EventKind::ParticipantGaveUp));
        // The card's own buttons are not the journey's.
        QVERIFY(!w.kinds(w.lastEvents(), EventKind::ButtonActivated)
                     .contains(QStringLiteral("J'abandonne")));

        w.startScenario(QStringLiteral("nominal"));
        w.pass(1000);
        UserActions::click(w.card->finishButton());
        QCOMPARE(w.lastAttempt().outcome, AttemptOutcome::NotReached);
        QVERIFY(firstOf(w.lastEvents(), EventKind::ParticipantFinished));
        QCOMPARE(w.lastMeasures().success, SuccessKind::None);
    }

    // T2, T8: what the person does in the mailbox is recorded: the folder, the search, the mail
    // read and where its link led (never the link itself).
    void mailboxActionsAreRecorded_T2_T8()
    {
        RecordingWorld w;
        w.startScenario(QStringLiteral("t2-courrier-indesirable"));
        w.clickButton(QStringLiteral("Connectez-vous"));
        UserActions::click(w.window->mailboxButton());
        MailboxWindow *mailbox = w.window->mailbox();
        QVERIFY(mailbox->isVisible());
        QApplication::setActiveWindow(mailbox);
        QListWidget *folders = mailbox->folderList();
        QTest::mouseClick(folders->viewport(), Qt::LeftButton, Qt::NoModifier,
                          folders->visualItemRect(folders->item(1)).center());
        QCoreApplication::processEvents();
        w.pass(1000);
        UserActions::type(mailbox->searchEdit(), QStringLiteral("ameli"));
        w.pass(2000);
        UserActions::clickRow(mailbox->mailList(), 0);
        QVERIFY(UserActions::clickLink(mailbox->reader(), QStringLiteral("confirmation-email")));
        w.waitIdle();
        QVERIFY(w.session->solved());
        const QList<AttemptEvent> events = w.lastEvents();
        QVERIFY(firstOf(events, EventKind::MailboxOpened));
        QCOMPARE(w.kinds(events, EventKind::MailboxFolder),
                 QStringList{QStringLiteral("Courriels indésirables/spams")});
        const AttemptEvent *search = firstOf(events, EventKind::MailboxSearch);
        QVERIFY(search);
        QCOMPARE(search->value, QStringLiteral("ameli"));
        QCOMPARE(search->count, 1);
        QCOMPARE(w.kinds(events, EventKind::MailOpened),
                 QStringList{MailTemplates::validationSubject()});
        QCOMPARE(w.kinds(events, EventKind::MailLinkFollowed),
                 QStringList{QStringLiteral("validation")});
        QCOMPARE(w.lastMeasures().success, SuccessKind::Direct);
    }

    // A whole journey, with the CAPTCHA, the provisional code, the personal code and the
    // validation link: none of them, nor the full number, is in the store's event log or in
    // any exported file.
    void secretsAreNeverKeptNorExported()
    {
        RecordingWorld w;
        w.startScenario(QStringLiteral("nominal"));
        w.clickButton(QStringLiteral("Connectez-vous"));
        w.clickButton(QStringLiteral("Code oublié ?"));
        auto *forgotten = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
        const QString captcha = w.journey->captcha().current().characters;
        UserActions::type(forgotten->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(forgotten->birthDateEdit(), QLatin1String(TestWorld::kBirth));
        UserActions::type(forgotten->captchaBox()->answerEdit(), captcha);
        w.clickButton(QStringLiteral("VALIDER"));
        QCOMPARE(w.step(), JourneyStep::CodeSent);
        const QString provisional = w.latestProvisionalCode();
        w.window->follow(NavigationLink::ConnectYourself);
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::type(login->nirEdit(), QLatin1String(TestWorld::kNir));
        UserActions::type(login->codeEdit(), provisional);
        w.clickButton(QStringLiteral("ME CONNECTER"));
        QCOMPARE(w.step(), JourneyStep::Conditions);
        UserActions::click(w.page<ConditionsPage>(JourneyStep::Conditions)->choice()->yesButton());
        w.clickButton(QStringLiteral("CONTINUER"));
        auto *personal = w.page<PersonalCodePage>(JourneyStep::PersonalCode);
        UserActions::type(personal->codeField(), QLatin1String(TestWorld::kGoodCode));
        UserActions::type(personal->confirmField(), QLatin1String(TestWorld::kGoodCode));
        w.clickButton(QStringLiteral("CONTINUER"));
        QCOMPARE(w.step(), JourneyStep::ContactDetails);
        auto *contact = w.page<ContactDetailsPage>(JourneyStep::ContactDetails);
        UserActions::type(contact->emailEdit(), QLatin1String(TestWorld::kEmail));
        UserActions::type(contact->confirmationEdit(), QLatin1String(TestWorld::kEmail));
        w.clickButton(QStringLiteral("VALIDER"));
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
        const QUrl link = w.latestValidationLink();
        QVERIFY(link.isValid());
        w.window->openLink(link);
        w.waitIdle();
        QVERIFY(w.session->solved());

        Secrets secrets;
        secrets.exact = {QLatin1String(TestWorld::kNir), QLatin1String(TestWorld::kGoodCode),
                         captcha};
        const QString token = SimulatedSites::validationToken(link);
        QVERIFY(token.size() >= 16);
        secrets.exact << token;
        secrets.wholeNumbers = {provisional};

        // The store's tables of attempts, every text column.
        QSqlQuery q(w.db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT kind, step, target, field, value, rules, problem, message, area, detail "
            "FROM attempt_events")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            for (int c = 0; c < 10; ++c) {
                const QString found = secrets.foundIn(q.value(c).toString());
                QVERIFY2(
                    found.isEmpty(),
                    qPrintable(
                        QStringLiteral("event %1 keeps « %2 »").arg(q.value(0).toString(), found)));
            }
        }
        QVERIFY(rows > 20);

        // Every exported file.
        QTemporaryDir out;
        const ExportResult result = AttemptExporter(*w.db).exportTo(out.path(), {});
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.files.size(), 5);
        for (const QString &file : result.files) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            // Numbers in the files are times and counts: the code is searched in text only.
            const QString found = secrets.foundIn(text);
            QVERIFY2(found.isEmpty(),
                     qPrintable(QStringLiteral("%1 holds « %2 »").arg(file, found)));
        }
    }

    // A click on text or on the page's background is a misclick; a click on a control is not.
    void misclicksAreClicksOnNothing()
    {
        RecordingWorld w;
        w.startScenario(QStringLiteral("nominal"));
        w.clickButton(QStringLiteral("Connectez-vous"));
        auto *login = w.page<LoginPage>(JourneyStep::Login);
        UserActions::click(login->nirEdit());
        UserActions::click(RecordingWorld::titleOf(login));
        UserActions::click(login);
        w.recorder->end(AttemptOutcome::Interrupted);
        const QList<AttemptEvent> events = w.lastEvents();
        int misclicks = 0;
        for (const AttemptEvent &e : events)
            misclicks += e.kind == EventKind::Misclick ? 1 : 0;
        QCOMPARE(misclicks, 2);
        QCOMPARE(w.kinds(events, EventKind::Misclick),
                 (QStringList{QStringLiteral("texte"), QStringLiteral("zone vide")}));
    }
};

QTEST_MAIN(TestRecordingGui)
#include "tst_recordinggui.moc"
