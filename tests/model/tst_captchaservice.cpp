#include "captcha/CaptchaService.h"
#include "clock/SimulationClock.h"

#include <QSet>
#include <QTest>
#include <atomic>
#include <thread>

using namespace ameli;
using namespace std::chrono_literals;

class TestCaptchaService : public QObject
{
    Q_OBJECT

    QDateTime m_real{QDate(2026, 3, 2), QTime(9, 0), Qt::UTC};

private slots:
    // F2: random characters from an alphabet without look-alikes.
    void charactersHaveNoLookAlikes_F2()
    {
        SimulationClock clock([this] { return m_real; });
        CaptchaService captcha(clock);
        QSet<QChar> used;
        for (int i = 0; i < 300; ++i) {
            const QString chars = captcha.renew().characters;
            QCOMPARE(chars.size(), CaptchaService::kLength);
            for (QChar c : chars) {
                QVERIFY2(!QStringLiteral("0O1lI").contains(c), qPrintable(chars));
                QVERIFY(CaptchaService::alphabet().contains(c));
                used.insert(c);
            }
        }
        // 1800 draws from 31 characters: every one of them shows up.
        QCOMPARE(used.size(), int(CaptchaService::alphabet().size()));
    }

    // F2: the arrow gives a new list, which replaces the old one.
    void arrowReplacesTheChallenge_F2()
    {
        SimulationClock clock([this] { return m_real; });
        CaptchaService captcha(clock);
        const QString old = captcha.current().characters;
        const quint64 oldSerial = captcha.current().serial;
        captcha.renew();
        QVERIFY(captcha.current().serial > oldSerial);
        if (captcha.current().characters != old)
            QCOMPARE(captcha.check(old), CaptchaVerdict::Wrong);
    }

    void acceptsTheRightAnswerWhateverTheCase_F2()
    {
        SimulationClock clock([this] { return m_real; });
        CaptchaService captcha(clock);
        const QString chars = captcha.current().characters;
        QCOMPARE(captcha.check(QStringLiteral(" ") + chars.toLower() + QStringLiteral(" ")),
                 CaptchaVerdict::Accepted);
    }

    // F3: 5 minutes to answer; at 5 minutes it is no longer accepted.
    void expiresAfterFiveMinutes_F3()
    {
        SimulationClock clock([this] { return m_real; });
        CaptchaService captcha(clock);
        QCOMPARE(captcha.current().expiresAt, captcha.current().issuedAt.addSecs(5 * 60));
        clock.advance(4min + 59s);
        QCOMPARE(captcha.check(captcha.current().characters), CaptchaVerdict::Accepted);

        const QString chars = captcha.current().characters;
        clock.advance(5min);
        QCOMPARE(captcha.check(chars), CaptchaVerdict::Expired);
        // A new challenge comes with it, valid for 5 minutes from now.
        QCOMPARE(captcha.current().issuedAt, clock.now());
        QCOMPARE(captcha.check(captcha.current().characters), CaptchaVerdict::Accepted);
    }

    // F4: a wrong entry can be retried, with a new list of characters.
    void wrongEntryCanBeRetried_F4()
    {
        SimulationClock clock([this] { return m_real; });
        CaptchaService captcha(clock);
        const quint64 serial = captcha.current().serial;
        QCOMPARE(captcha.check(QStringLiteral("######")), CaptchaVerdict::Wrong);
        QVERIFY(captcha.current().serial > serial);
        QCOMPARE(captcha.check(captcha.current().characters), CaptchaVerdict::Accepted);
    }

    // A challenge is used once.
    void usedOnce_F2()
    {
        SimulationClock clock([this] { return m_real; });
        CaptchaService captcha(clock);
        const QString chars = captcha.current().characters;
        QCOMPARE(captcha.check(chars), CaptchaVerdict::Accepted);
        if (captcha.current().characters != chars)
            QCOMPARE(captcha.check(chars), CaptchaVerdict::Wrong);
        QCOMPARE(captcha.check(QString()), CaptchaVerdict::Missing);
    }

    // K1, F4 across threads: the journey's worker checks answers (each brings a new list) and
    // reads the clock while the GUI reads the current list and a trainer moves the clock.
    // Every list read is whole and the lists only move forward. Run under ThreadSanitizer by
    // the tsan preset, which proves the sharing is locked.
    void sharedBetweenTheWorkerAndTheGui_K1()
    {
        SimulationClock clock;
        CaptchaService captcha(clock);
        std::atomic<bool> done{false};
        std::thread worker([&] {
            for (int i = 0; i < 2000; ++i) {
                captcha.check(QStringLiteral("ZZZZZZ"));
                Q_UNUSED(clock.now());
            }
            done = true;
        });
        quint64 lastSerial = 0;
        int reads = 0;
        while (!done || reads < 100) {
            const CaptchaChallenge now = captcha.current();
            QCOMPARE(now.characters.size(), CaptchaService::kLength);
            QVERIFY(now.serial >= lastSerial);
            QVERIFY(now.expiresAt > now.issuedAt);
            lastSerial = now.serial;
            clock.advance(1ms);
            ++reads;
        }
        worker.join();
        QVERIFY(captcha.current().serial > 2000);
        QVERIFY(clock.offset() >= std::chrono::milliseconds(reads));
    }
};

QTEST_GUILESS_MAIN(TestCaptchaService)
#include "tst_captchaservice.moc"
