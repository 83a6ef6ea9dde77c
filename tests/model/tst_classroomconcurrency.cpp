#include "TestStore.h"
#include "TestWorld.h"
#include "attempts/Attempt.h"
#include "attempts/AttemptEvent.h"
#include "store/AccountRepository.h"
#include "store/AttemptRepository.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace ameli;

namespace {

constexpr int kStations = 15;
// Each station goes on logging in and out for this long after its activation.
constexpr int kBusyMs = 3000;

// What one station did, told to the main thread once its thread ended (QTest's checks are
// for the main thread only).
struct StationRun
{
    QString station;
    QString problem; // the first thing that went wrong, or nothing
    int logins = 0;
    int eventsWritten = 0;
    qint64 attemptId = 0;
    qint64 personId = 0;
};

// One trainee: the whole activation, then logins with the personal code until the time is up,
// each action recorded as the event log does. Runs in its own thread, on its own connection.
void playStation(StationRun &run)
{
    const auto fail = [&run](const QString &what) {
        if (run.problem.isEmpty())
            run.problem = what;
    };
    try {
        TestWorld w;
        run.station = w.db->station();
        run.personId = w.personId;
        AttemptRepository attempts(*w.db);
        AttemptSpec spec;
        spec.participant = QStringLiteral("P%1").arg(run.station.section(u'-', -1));
        spec.mode = AttemptMode::Free;
        run.attemptId = attempts.begin(spec, w.clock.now(), w.clock.now());
        qint64 seq = 0;
        const auto record = [&](const JourneyResult &r, const char *what) {
            if (!r.ok())
                fail(QStringLiteral("%1: %2").arg(QLatin1String(what), r.message));
            AttemptEvent e;
            e.seq = ++seq;
            e.kind = EventKind::ServiceResult;
            e.problem = r.ok() ? QString() : QStringLiteral("refused");
            e.elapsedMs = seq;
            e.simTime = w.clock.now();
            e.step = QLatin1String(what);
            attempts.insertEvents(run.attemptId, {e});
            ++run.eventsWritten;
        };
        record(w.requestCode(), "code");
        record(w.journey->login(QLatin1String(TestWorld::kNir), w.latestProvisionalCode()),
               "login");
        record(w.journey->answerConditions(true), "conditions");
        record(w.journey->choosePersonalCode(QLatin1String(TestWorld::kGoodCode),
                                             QLatin1String(TestWorld::kGoodCode)),
               "personal-code");
        record(w.journey->giveContactDetails(w.contact()), "contact");
        record(w.journey->openLink(w.latestValidationLink()), "validation");
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < kBusyMs && run.problem.isEmpty()) {
            w.journey->follow(NavigationLink::ConnectYourself);
            const JourneyResult r = w.journey->login(QLatin1String(TestWorld::kNir),
                                                     QLatin1String(TestWorld::kGoodCode));
            record(r, "login-again");
            if (r.step != JourneyStep::AccountHome)
                fail(QStringLiteral("login %1 ended on step %2").arg(run.logins).arg(int(r.step)));
            ++run.logins;
            w.journey->logout();
        }
    } catch (const StoreError &e) {
        fail(e.message() + QLatin1Char('\n') + e.detail());
    }
}

} // namespace

// 15 stations at once on the one server, each in a thread with its own connection and its
// own station's role: no action refused, no event lost, each world as its journey left it,
// and no station's rows in another's world.
class TestClassroomConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void fifteenStationsPlayAtOnce()
    {
        if (!TestStore::onServer())
            QSKIP("runs as tst_classroomconcurrency_pg, on the throwaway server");
        TestStore::administrator(); // the tests' database, created once, before the threads
        std::vector<StationRun> runs(kStations);
        std::vector<std::thread> threads;
        for (StationRun &run : runs)
            threads.emplace_back(playStation, std::ref(run));
        for (std::thread &t : threads)
            t.join();

        int logins = 0;
        for (const StationRun &run : runs) {
            QVERIFY2(run.problem.isEmpty(),
                     qPrintable(run.station + QStringLiteral(": ") + run.problem));
            QVERIFY(run.logins > 0);
            logins += run.logins;
            // Read back as that station, on a new connection.
            const Database world(TestStore::administrator().as(run.station));
            QCOMPARE(AccountRepository(world).require(run.personId).state, AccountState::Active);
            QCOMPARE(AttemptRepository(world).events(run.attemptId).size(), run.eventsWritten);
            QCOMPARE(AttemptRepository(world).list().size(), 1);
            QSqlQuery q = world.prepare(QStringLiteral("SELECT count(*), count(DISTINCT station) "
                                                       "FROM mails"));
            Database::exec(q);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2); // the provisional code, the validation link
            QCOMPARE(q.value(1).toInt(), 1);
        }
        qInfo("%d stations, %d logins with the personal code in %d s", kStations, logins,
              kBusyMs / 1000);
    }
};

QTEST_GUILESS_MAIN(TestClassroomConcurrency)
#include "tst_classroomconcurrency.moc"
