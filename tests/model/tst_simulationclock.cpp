#include "clock/SimulationClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace ameli;
using namespace std::chrono_literals;

class TestSimulationClock : public QObject
{
    Q_OBJECT

private slots:
    // K1: real time keeps running on the simulation clock.
    void followsRealTime_K1()
    {
        QDateTime real(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        SimulationClock clock([&real] { return real; });
        QCOMPARE(clock.now(), real);
        real = real.addSecs(90);
        QCOMPARE(clock.now(), real);
    }

    // K1: a trainer moves it forward by any amount, and real time still adds up.
    void advanceMovesForwardByAnyAmount_K1()
    {
        QDateTime real(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        SimulationClock clock([&real] { return real; });
        QSignalSpy spy(&clock, &SimulationClock::offsetChanged);
        clock.advance(5min);
        clock.advance(21 * 24h);
        QCOMPARE(clock.now(), real.addSecs(5 * 60 + 21 * 24 * 3600));
        QCOMPARE(spy.count(), 2);
        real = real.addSecs(10);
        QCOMPARE(clock.now(), real.addSecs(5 * 60 + 21 * 24 * 3600));
    }

    // K1: reset brings it back to real time.
    void resetReturnsToRealTime_K1()
    {
        const QDateTime real(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        SimulationClock clock([real] { return real; });
        clock.advance(7 * 24h);
        QSignalSpy spy(&clock, &SimulationClock::offsetChanged);
        clock.reset();
        QCOMPARE(clock.now(), real);
        QCOMPARE(clock.offset().count(), 0);
        QCOMPARE(spy.count(), 1);
    }

    void neverRunsBackwards_K1()
    {
        const QDateTime real(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        SimulationClock clock([real] { return real; });
        clock.advance(-5min);
        QCOMPARE(clock.now(), real);
    }

    void defaultsToTheSystemClock_K1()
    {
        SimulationClock clock;
        const qint64 drift = qAbs(clock.now().msecsTo(QDateTime::currentDateTimeUtc()));
        QVERIFY2(drift < 5000, qPrintable(QString::number(drift)));
    }
};

QTEST_GUILESS_MAIN(TestSimulationClock)
#include "tst_simulationclock.moc"
