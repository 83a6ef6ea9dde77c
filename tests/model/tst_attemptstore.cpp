#include "TestWorld.h"
#include "attempts/AttemptRecorder.h"
#include "store/AttemptRepository.h"
#include "store/StoreError.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace ameli;

namespace {

AttemptSpec specOf(const QString &participant, const QString &scenario)
{
    AttemptSpec s;
    s.participant = participant;
    s.mode = AttemptMode::Exam;
    s.scenarioId = scenario;
    s.scenarioTitle = QStringLiteral("Titre de %1").arg(scenario);
    s.goal = QStringLiteral("le compte est activé");
    s.expectedPath = {QStringLiteral("home"), QStringLiteral("login")};
    s.symptomRules = {QStringLiteral("V4")};
    return s;
}

AttemptEvent eventOf(EventKind kind, qint64 ms, const QString &step = QStringLiteral("login"))
{
    AttemptEvent e;
    e.kind = kind;
    e.elapsedMs = ms;
    e.simTime = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addMSecs(ms);
    e.step = step;
    return e;
}

qint64 rows(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

// The attempts on record: stored through a migration, kept across scenario resets, written off
// the GUI thread without ever making a user action fail, deleted on request.
class TestAttemptStore : public QObject
{
    Q_OBJECT

private slots:
    // A store made before attempts existed (schema 1) opens, is migrated, keeps its persons,
    // and has no attempt yet.
    void storeFromBeforeTheMigrationIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db(path);
            PersonRepository(db).insert({0, QStringLiteral("2850775056123"), QDate(1985, 7, 14),
                                         QStringLiteral("Camille"), QStringLiteral("Martin"),
                                         QStringLiteral("camille.martin@exemple.fr")});
            // What schema 1 was: the same file without the tables of schema 2.
            for (const char *table : {"attempt_events", "attempt_notes", "questionnaire_answers",
                                      "attempts", "plan_runs"})
                db.run(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
            db.run(QStringLiteral("ALTER TABLE accounts DROP COLUMN replaced_provisional_hash"));
            db.run(QStringLiteral("PRAGMA user_version = 1"));
        }
        Database db(path);
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(PersonRepository(db).count(), 1);
        const AttemptRepository attempts(db);
        QVERIFY(attempts.list().isEmpty());
        QVERIFY(attempts.participants().isEmpty());
        const qint64 id =
            attempts.begin(specOf(QStringLiteral("P01"), QStringLiteral("nominal")),
                           QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
        QVERIFY(id > 0);
    }

    // Everything an attempt is said to be comes back as it was written.
    void attemptAndEventsComeBackAsWritten()
    {
        TestWorld w(false);
        const AttemptRepository attempts(*w.db);
        AttemptSpec spec = specOf(QStringLiteral("P07"), QStringLiteral("validation-j10"));
        spec.timeLimitMs = 600000;
        const QDateTime started(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const qint64 id = attempts.begin(spec, started, started.addDays(10));
        AttemptEvent typed = eventOf(EventKind::FieldEdited, 1500);
        typed.field = field::email;
        typed.target = QStringLiteral("Saisissez votre adresse email : *");
        typed.value = QStringLiteral("lucas@exemple.fr");
        typed.length = 16;
        typed.count = 3;
        typed.rules = {QStringLiteral("P1"), QStringLiteral("P2")};
        typed.x = 12;
        typed.y = 34;
        typed.area = QStringLiteral("page");
        typed.seq = 1;
        AttemptEvent refusal = eventOf(EventKind::ServiceResult, 2500);
        refusal.seq = 2;
        refusal.problem = QStringLiteral("link_expired");
        refusal.message = QStringLiteral("Le lien de validation n'est plus actif");
        attempts.insertEvents(id, {typed, refusal});
        attempts.end(id, AttemptOutcome::GivenUp, started.addSecs(60), 60000);

        const Attempt a = *attempts.find(id);
        QCOMPARE(a.spec.participant, QStringLiteral("P07"));
        QCOMPARE(a.spec.mode, AttemptMode::Exam);
        QCOMPARE(a.spec.expectedPath, spec.expectedPath);
        QCOMPARE(a.spec.symptomRules, spec.symptomRules);
        QCOMPARE(a.spec.timeLimitMs, qint64(600000));
        QCOMPARE(a.startedAt, started);
        QCOMPARE(a.simStartedAt, started.addDays(10));
        QCOMPARE(a.outcome, AttemptOutcome::GivenUp);
        QCOMPARE(a.durationMs, qint64(60000));
        const QList<AttemptEvent> events = attempts.events(id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).kind, EventKind::FieldEdited);
        QCOMPARE(events.at(0).value, typed.value);
        QCOMPARE(events.at(0).rules, typed.rules);
        QCOMPARE(events.at(0).x, 12);
        QCOMPARE(events.at(0).simTime, typed.simTime);
        QCOMPARE(events.at(1).problem, refusal.problem);
        QCOMPARE(events.at(1).message, refusal.message);
    }

    // Lists filter by participant, by scenario or task, and by date.
    void listsFilterByParticipantActivityAndDate()
    {
        TestWorld w(false);
        const AttemptRepository attempts(*w.db);
        const QDateTime day(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        attempts.begin(specOf(QStringLiteral("P01"), QStringLiteral("nominal")), day, day);
        attempts.begin(specOf(QStringLiteral("P02"), QStringLiteral("nominal")), day.addDays(1),
                       day);
        attempts.begin(specOf(QStringLiteral("P01"), QStringLiteral("t2-courrier-indesirable")),
                       day.addDays(2), day);
        AttemptSpec task = specOf(QStringLiteral("P03"), QStringLiteral("nominal"));
        task.mode = AttemptMode::UxTest;
        task.planId = QStringLiteral("plan-a");
        task.taskId = QStringLiteral("t1");
        task.taskTitle = QStringLiteral("Obtenir un code");
        attempts.begin(task, day.addDays(3), day);
        AttemptSpec free;
        free.participant = QStringLiteral("kiosque");
        attempts.begin(free, day.addDays(4), day);

        QCOMPARE(attempts.list().size(), 5);
        QCOMPARE(attempts.list().first().spec.participant, QStringLiteral("kiosque"));
        QCOMPARE(attempts.list(AttemptFilter::ofParticipant(QStringLiteral("P01"))).size(), 2);
        QCOMPARE(attempts.list(AttemptFilter::ofActivity(QStringLiteral("nominal"))).size(), 3);
        QCOMPARE(attempts.list(AttemptFilter::ofActivity(QStringLiteral("t1"))).size(), 1);
        QCOMPARE(attempts.list(AttemptFilter::ofActivity(QStringLiteral("plan-a/t1"))).size(), 1);
        QCOMPARE(attempts.list(AttemptFilter::ofActivity(QStringLiteral("free"))).size(), 1);
        AttemptFilter since;
        since.since = day.addDays(2);
        QCOMPARE(attempts.list(since).size(), 3);
        AttemptFilter before;
        before.before = day.addDays(1);
        QCOMPARE(attempts.list(before).size(), 1);
        QCOMPARE(attempts.participants(),
                 (QStringList{QStringLiteral("P01"), QStringLiteral("P02"), QStringLiteral("P03"),
                              QStringLiteral("kiosque")}));
        QCOMPARE(attempts.activities().size(), 4);
    }

    // Starting a scenario empties the simulated world, never the attempts on record.
    void scenarioResetKeepsTheAttempts()
    {
        TestWorld w;
        const AttemptRepository attempts(*w.db);
        attempts.begin(specOf(QStringLiteral("P01"), QStringLiteral("nominal")),
                       QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
        w.db->clearAllData();
        QCOMPARE(PersonRepository(*w.db).count(), 0);
        QCOMPARE(attempts.list().size(), 1);
    }

    // Housekeeping: one attempt with its events, notes and answers; one participant's attempts
    // and plan runs; everything older than a date.
    void housekeepingDeletesWhatIsAskedAndNothingElse()
    {
        TestWorld w(false);
        const AttemptRepository attempts(*w.db);
        const QDateTime day(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const qint64 run = attempts.beginPlanRun(QStringLiteral("plan"), QStringLiteral("Plan"),
                                                 QStringLiteral("P01"), day);
        AttemptSpec inPlan = specOf(QStringLiteral("P01"), QStringLiteral("nominal"));
        inPlan.planRunId = run;
        const qint64 a1 = attempts.begin(inPlan, day, day);
        const qint64 a2 = attempts.begin(specOf(QStringLiteral("P02"), QStringLiteral("nominal")),
                                         day.addDays(10), day);
        const qint64 a3 = attempts.begin(specOf(QStringLiteral("P02"), QStringLiteral("nominal")),
                                         day.addDays(20), day);
        for (qint64 id : {a1, a2, a3}) {
            AttemptEvent e = eventOf(EventKind::PageShown, 0);
            e.seq = 1;
            attempts.insertEvents(id, {e});
            attempts.addNote(id, 10, QStringLiteral("note"), day);
        }
        attempts.addAnswer({run, a1, QStringLiteral("SEQ"), 1, 6, day});
        attempts.addAnswer({run, 0, QStringLiteral("SUS"), 1, 4, day});

        QCOMPARE(attempts.deleteAttempt(a3), 1);
        QCOMPARE(rows(*w.db, QStringLiteral("attempt_events")), 2);
        QCOMPARE(rows(*w.db, QStringLiteral("attempt_notes")), 2);

        QCOMPARE(attempts.deleteParticipant(QStringLiteral("P01")), 1);
        QCOMPARE(rows(*w.db, QStringLiteral("plan_runs")), 0);
        QCOMPARE(rows(*w.db, QStringLiteral("questionnaire_answers")), 0);
        QCOMPARE(attempts.list().size(), 1);

        QCOMPARE(attempts.deleteStartedBefore(day.addDays(5)), 0);
        QCOMPARE(attempts.deleteStartedBefore(day.addDays(15)), 1);
        QVERIFY(attempts.list().isEmpty());
        QCOMPARE(rows(*w.db, QStringLiteral("attempt_events")), 0);
    }

    // The recorder stamps each event with its order, the real time since the start (from the
    // seam), the simulation time and the page; typing noted late keeps its own moment but never
    // goes before the event logged last; nothing is logged outside an attempt.
    void recorderStampsEveryEvent()
    {
        TestWorld w(false);
        qint64 elapsed = 100000;
        AttemptRecorder recorder(*w.db, w.clock, [&elapsed] { return elapsed; });
        recorder.record(eventOf(EventKind::Misclick, 0));
        QVERIFY(!recorder.isRecording());
        QSignalSpy started(&recorder, &AttemptRecorder::started);
        const qint64 id = recorder.begin(specOf(QStringLiteral("P01"), QStringLiteral("nominal")));
        QCOMPARE(started.count(), 1);
        recorder.setStep(QStringLiteral("home"));
        elapsed += 1500;
        w.advance(std::chrono::minutes(5));
        recorder.record(eventOf(EventKind::ButtonActivated, 0, QString()));
        elapsed += 1000;
        recorder.record(eventOf(EventKind::FieldEdited, 0, QString()), 500);
        recorder.record(eventOf(EventKind::FieldEdited, 0, QString()), 2200);
        elapsed += 500;
        recorder.end(AttemptOutcome::Reached);
        QVERIFY(!recorder.isRecording());

        const QList<AttemptEvent> events = AttemptRepository(*w.db).events(id);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(0).kind, EventKind::AttemptStarted);
        QCOMPARE(events.at(1).seq, 2);
        QCOMPARE(events.at(1).elapsedMs, qint64(1500));
        QCOMPARE(events.at(1).step, QStringLiteral("home"));
        QCOMPARE(events.at(1).simTime, w.clock.now());
        QCOMPARE(events.at(2).elapsedMs, qint64(1500)); // not before the button
        QCOMPARE(events.at(3).elapsedMs, qint64(2200));
        QCOMPARE(events.at(4).kind, EventKind::AttemptEnded);
        QCOMPARE(events.at(4).detail, QStringLiteral("reached"));
        const Attempt a = *AttemptRepository(*w.db).find(id);
        QCOMPARE(a.durationMs, qint64(3000));
        QCOMPARE(a.outcome, AttemptOutcome::Reached);
        QCOMPARE(recorder.lastEndedEvents().size(), 5);
    }

    // A new attempt ends the open one as interrupted; so does the recorder going away.
    void openAttemptsEndAsInterrupted()
    {
        TestWorld w(false);
        qint64 first = 0;
        qint64 second = 0;
        {
            AttemptRecorder recorder(*w.db, w.clock);
            first = recorder.begin(specOf(QStringLiteral("P01"), QStringLiteral("nominal")));
            second = recorder.begin(specOf(QStringLiteral("P01"), QStringLiteral("nominal")));
        }
        const AttemptRepository attempts(*w.db);
        QCOMPARE(attempts.find(first)->outcome, AttemptOutcome::Interrupted);
        QCOMPARE(attempts.find(second)->outcome, AttemptOutcome::Interrupted);
        QVERIFY(attempts.find(second)->durationMs >= 0);
    }

    // SEQ after a task goes to the store and into the ended attempt's log; SUS to the plan run.
    void questionnaireAnswersAreKept()
    {
        TestWorld w(false);
        AttemptRecorder recorder(*w.db, w.clock);
        const AttemptRepository attempts(*w.db);
        const qint64 run =
            attempts.beginPlanRun(QStringLiteral("plan"), QStringLiteral("Plan"),
                                  QStringLiteral("P09"), QDateTime::currentDateTimeUtc());
        const qint64 id = recorder.begin(specOf(QStringLiteral("P09"), QStringLiteral("nominal")));
        recorder.end(AttemptOutcome::Reached);
        recorder.answer({run, id, QStringLiteral("SEQ"), 1, 6, QDateTime::currentDateTimeUtc()});
        for (int item = 1; item <= 10; ++item)
            recorder.answer(
                {run, 0, QStringLiteral("SUS"), item, 3, QDateTime::currentDateTimeUtc()});
        recorder.flush();
        QCOMPARE(attempts.answersOfAttempt(id).size(), 1);
        QCOMPARE(attempts.answersOfAttempt(id).first().value, 6);
        QCOMPARE(attempts.answersOfPlanRun(run).size(), 10);
        const QList<AttemptEvent> events = attempts.events(id);
        QCOMPARE(events.last().kind, EventKind::QuestionnaireAnswer);
        QCOMPARE(events.last().target, QStringLiteral("SEQ"));
        QCOMPARE(events.last().value, QStringLiteral("6"));
    }

    // The writer's thread and the journey write the same file at once: no user action is ever
    // refused for it, and no event is lost.
    void userActionsAreNeverRefusedWhileEventsAreWritten()
    {
        TestWorld w;
        AttemptRecorder recorder(*w.db, w.clock);
        const qint64 id = recorder.begin(specOf(QStringLiteral("P01"), QStringLiteral("nominal")));
        constexpr int kEvents = 6000;
        int actions = 0;
        for (int i = 0; i < kEvents; ++i) {
            AttemptEvent e;
            e.kind = EventKind::FocusIn;
            e.target = QStringLiteral("champ %1").arg(i);
            recorder.record(e);
            if (i % 300 == 0) {
                const JourneyResult r = w.requestCode();
                QVERIFY2(r.ok(), qPrintable(r.message));
                const JourneyResult l =
                    w.journey->login(QLatin1String(TestWorld::kNir), QStringLiteral("Faux-code1"));
                QVERIFY2(l.problem != Problem::StoreFailure, qPrintable(l.message));
                ++actions;
            }
        }
        QCOMPARE(recorder.flush(), QString());
        QCOMPARE(actions, kEvents / 300);
        QCOMPARE(AttemptRepository(*w.db).events(id).size(), kEvents + 1);
    }

    // When the store refuses the events (here their table is gone), the recorder says so in
    // French, once, and the window goes on.
    void lostEventsAreReported()
    {
        TestWorld w(false);
        AttemptRecorder recorder(*w.db, w.clock);
        QSignalSpy failed(&recorder, &AttemptRecorder::failed);
        recorder.begin(specOf(QStringLiteral("P01"), QStringLiteral("nominal")));
        recorder.flush();
        TestStore::refuseWrites(*w.db, QStringLiteral("attempt_events"));
        recorder.record(eventOf(EventKind::Misclick, 0));
        const QString problem = recorder.flush();
        QVERIFY(!problem.isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"n'ont pas pu être enregistrés"));
    }
};

QTEST_GUILESS_MAIN(TestAttemptStore)
#include "tst_attemptstore.moc"
