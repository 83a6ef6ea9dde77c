#include "TestStore.h"
#include "TestWorld.h"
#include "ThrowawayServer.h"
#include "classroom/NotificationListener.h"
#include "store/AccountRepository.h"
#include "store/ClassroomRepository.h"
#include "store/ServerWatch.h"

#include <QSignalSpy>
#include <QTest>

using namespace ameli;

// The classroom's server going away while a station runs, on a PostgreSQL cluster of this
// test's own, stopped and started again at chosen moments.
class TestServerFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<ThrowawayServer> m_server;

    void halt() const { m_server->halt(); }
    void resume() const { m_server->resume(); }

    static int count(const Database &db, const QString &sql)
    {
        QSqlQuery q = db.prepare(sql);
        Database::exec(q);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { m_server = std::make_unique<ThrowawayServer>(); }
    void cleanupTestCase() { m_server.reset(); }

    // The server stops between two steps: the action is refused with the room's message, the
    // session stays where it was, the watch counts down and tries again, longer each time;
    // once the server is back the same action works, and the store holds exactly the
    // completed actions.
    void journeyGoesOnAfterTheServerCameBack()
    {
        TestWorld w;
        ServerWatch watch(*w.db);
        QSignalSpy restored(&watch, &ServerWatch::restored);
        QSignalSpy countdown(&watch, &ServerWatch::countdown);
        QVERIFY(w.requestCode().ok());
        QCOMPARE(w.journey->login(QLatin1String(TestWorld::kNir), w.latestProvisionalCode()).step,
                 JourneyStep::Conditions);

        halt();
        JourneyResult r = w.journey->answerConditions(true);
        QCOMPARE(r.problem, Problem::StoreFailure);
        QVERIFY2(r.message.contains(u"ne répond pas"), qPrintable(r.message));
        QCOMPARE(w.journey->session().step, JourneyStep::Conditions);
        watch.check();
        QVERIFY(watch.lost());
        QCOMPARE(watch.secondsLeft(), 5);
        QCOMPARE(countdown.last().first().toInt(), 5);
        QVERIFY(!watch.tryNow());
        QCOMPARE(watch.secondsLeft(), 10);
        // Still gone: a second click is refused the same way, and nothing is half-done.
        r = w.journey->answerConditions(true);
        QCOMPARE(r.problem, Problem::StoreFailure);

        resume();
        QVERIFY(watch.tryNow());
        QVERIFY(!watch.lost());
        QCOMPARE(restored.count(), 1);
        r = w.journey->answerConditions(true);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.step, JourneyStep::PersonalCode);
        r = w.journey->choosePersonalCode(QLatin1String(TestWorld::kGoodCode),
                                          QLatin1String(TestWorld::kGoodCode));
        QVERIFY2(r.ok(), qPrintable(r.message));

        // Read back on a connection of its own: one code sent, conditions accepted once,
        // the personal code chosen.
        const Database other(TestStore::administrator().as(w.db->station()));
        QCOMPARE(count(other, QStringLiteral("SELECT count(*) FROM mails")), 1);
        const Account account = AccountRepository(other).require(w.personId);
        QCOMPARE(account.state, AccountState::PersonalCodeChosen);
        QVERIFY(account.personalCodeHash.startsWith(u"$argon2id$"));
    }

    // A server restarted while nobody clicked: the next action opens a new session by itself.
    void aRestartBetweenActionsGoesUnnoticed()
    {
        TestWorld w;
        QVERIFY(w.requestCode().ok());
        m_server->restart();
        const JourneyResult r =
            w.journey->login(QLatin1String(TestWorld::kNir), w.latestProvisionalCode());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.step, JourneyStep::Conditions);
    }

    // After a restart, the station's connection, opened anew at its next query, listens again
    // by itself: the trainer's next command reaches it.
    void listeningResumesAfterTheServerCameBack()
    {
        TestWorld w(false);
        NotificationListener listener(*w.db, QStringLiteral("ameli_command"));
        QSignalSpy resumed(&listener, &NotificationListener::resumed);
        QSignalSpy told(&listener, &NotificationListener::notified);
        m_server->restart();
        QCOMPARE(PersonRepository(*w.db).count(), 0);
        QVERIFY(resumed.wait(3000));
        const QString role = QStringLiteral("formateur-%1").arg(QCoreApplication::applicationPid());
        Database(TestStore::administrator(), Database::SchemaPolicy::Migrate).addTrainerRole(role);
        const Database trainer(TestStore::administrator().as(role));
        ClassroomRepository(trainer).issue({w.db->station()}, StationCommand::Kind::Pause, {},
                                           QDateTime::currentDateTimeUtc());
        QVERIFY(told.wait(1000));
        QCOMPARE(told.first().first().toString(), w.db->station());
    }
};

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
