#include "TestStore.h"
#include "TestWorld.h"
#include "classroom/NotificationListener.h"
#include "store/ClassroomRepository.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ameli;

namespace {

std::unique_ptr<Database> trainerOnServer()
{
    static int counter = 0;
    const QString role =
        QStringLiteral("formateur-%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    Database(TestStore::administrator(), Database::SchemaPolicy::Migrate).addTrainerRole(role);
    return std::make_unique<Database>(TestStore::administrator().as(role));
}

StationStatus statusAt(const QString &step, const QDateTime &now)
{
    StationStatus s;
    s.participant = QStringLiteral("P07");
    s.scenario = QStringLiteral("code-expire");
    s.step = step;
    s.attemptStartedAt = now.addSecs(-120);
    s.lastProgressAt = now;
    s.errors = 2;
    s.hints = 1;
    s.updatedAt = now;
    return s;
}

} // namespace

// The room's live feed on the classroom's server: a station's step reaches the trainer
// through a notification (LISTEN/NOTIFY) within a second, and the trainer's command reaches
// the station the same way; each sees what row-level security lets it see.
class TestClassroomFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!TestStore::onServer())
            QSKIP("runs as tst_classroomfeed_pg, on the throwaway server");
    }

    void aStationsStepReachesTheTrainerWithinASecond()
    {
        TestWorld a(false);
        TestWorld b(false);
        const auto trainer = trainerOnServer();
        NotificationListener feed(*trainer, QStringLiteral("ameli_station"));
        QSignalSpy notified(&feed, &NotificationListener::notified);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QElapsedTimer took;
        took.start();
        ClassroomRepository(*a.db).publish(statusAt(QStringLiteral("conditions"), now));
        QVERIFY(notified.wait(1000));
        qInfo("notified after %lld ms", took.elapsed());
        QCOMPARE(notified.first().first().toString(), a.db->station());
        ClassroomRepository(*b.db).publish(statusAt(QStringLiteral("login"), now));
        QVERIFY(notified.count() == 2 || notified.wait(1000));

        QList<StationStatus> tiles;
        for (const StationStatus &s : ClassroomRepository(*trainer).statuses()) {
            if (s.station == a.db->station() || s.station == b.db->station())
                tiles << s;
        }
        QCOMPARE(tiles.size(), 2);
        const StationStatus &tileA = tiles.at(tiles.first().station == a.db->station() ? 0 : 1);
        QCOMPARE(tileA.step, QStringLiteral("conditions"));
        QCOMPARE(tileA.errors, 2);
        QCOMPARE(tileA.participant, QStringLiteral("P07"));
        QVERIFY(!tileA.stuckAt(now.addSecs(179), 180));
        QVERIFY(tileA.stuckAt(now.addSecs(180), 180));
        // A station that has not started anything yet has a tile too.
        ClassroomRepository(*b.db).publish(StationStatus());
        // A station reads its own tile only, and cannot write another's.
        QCOMPARE(ClassroomRepository(*a.db).statuses().size(), 1);
        StationStatus again = statusAt(QStringLiteral("personal-code"), now);
        ClassroomRepository(*a.db).publish(again);
        QCOMPARE(ClassroomRepository(*a.db).statuses().first().step,
                 QStringLiteral("personal-code"));
    }

    void aTrainersCommandReachesItsStationsOnly()
    {
        TestWorld a(false);
        TestWorld b(false);
        const auto trainer = trainerOnServer();
        NotificationListener toA(*a.db, QStringLiteral("ameli_command"));
        QSignalSpy told(&toA, &NotificationListener::notified);
        ClassroomRepository(*trainer).issue({a.db->station()}, StationCommand::Kind::MoveClock,
                                            QStringLiteral("30"), QDateTime::currentDateTimeUtc());
        QVERIFY(told.wait(1000));
        QCOMPARE(told.first().first().toString(), a.db->station());
        const QList<StationCommand> pending = ClassroomRepository(*a.db).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().kind, StationCommand::Kind::MoveClock);
        QCOMPARE(pending.first().argument, QStringLiteral("30"));
        QCOMPARE(ClassroomRepository(*b.db).pending().size(), 0);
        ClassroomRepository(*a.db).markDone(pending.first().id, QDateTime::currentDateTimeUtc());
        QCOMPARE(ClassroomRepository(*a.db).pending().size(), 0);
        // A station cannot command another one, nor itself.
        QVERIFY_THROWS_EXCEPTION(StoreError, ClassroomRepository(*a.db).issue(
                                                 {b.db->station()}, StationCommand::Kind::Pause,
                                                 QString(), QDateTime::currentDateTimeUtc()));
    }
};

QTEST_GUILESS_MAIN(TestClassroomFeed)
#include "tst_classroomfeed.moc"
