#include "security/RandomSource.h"
#include "security/SecretHasher.h"

#include <QSet>
#include <QTest>

using namespace ameli;

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void productionHashIsArgon2idWithInteractiveCost()
    {
        const SecretHasher hasher;
        const QString hash = hasher.hash(QStringLiteral("MotdePasse1"));
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("MotdePasse1")));
        QVERIFY(hasher.verify(hash, QStringLiteral("MotdePasse1")));
        QVERIFY(!hasher.verify(hash, QStringLiteral("MotdePasse2")));
    }

    void sameSecretGivesDifferentHashes()
    {
        const SecretHasher hasher(SecretHasher::Cost::Minimal);
        const QString a = hasher.hash(QStringLiteral("0107"));
        const QString b = hasher.hash(QStringLiteral("0107"));
        QVERIFY(a != b);
        QVERIFY(hasher.verify(a, QStringLiteral("0107")));
        QVERIFY(hasher.verify(b, QStringLiteral("0107")));
    }

    void emptyOrForeignHashNeverVerifies()
    {
        const SecretHasher hasher(SecretHasher::Cost::Minimal);
        QVERIFY(!hasher.verify(QString(), QString()));
        QVERIFY(!hasher.verify(QStringLiteral("0107"), QStringLiteral("0107")));
    }

    // F5: 4 digits 0-9, leading zeros allowed.
    void provisionalCodesAreFourDigitsWithLeadingZeros_F5()
    {
        bool sawLeadingZero = false;
        for (int i = 0; i < 400; ++i) {
            const QString code = RandomSource::digits(4);
            QCOMPARE(code.size(), 4);
            for (QChar c : code)
                QVERIFY(c.isDigit());
            sawLeadingZero = sawLeadingZero || code.startsWith(QLatin1Char('0'));
        }
        // Each code starts with 0 one time in ten: 400 draws without one is a 1 in 10^18 event.
        QVERIFY(sawLeadingZero);
    }

    void tokensCarryAtLeast128Bits()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString token = RandomSource::hexToken(16);
            QCOMPARE(token.size(), 32);
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 1000);
        QCOMPARE(RandomSource::tokenDigest(QStringLiteral("abc")).size(), 64);
        QVERIFY(RandomSource::tokenDigest(QStringLiteral("abc")) !=
                RandomSource::tokenDigest(QStringLiteral("abd")));
    }

    void constantTimeEquals()
    {
        QVERIFY(RandomSource::constantTimeEquals("abcd", "abcd"));
        QVERIFY(!RandomSource::constantTimeEquals("abcd", "abce"));
        QVERIFY(!RandomSource::constantTimeEquals("abcd", "abc"));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
