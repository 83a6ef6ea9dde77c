#include "rules/CodeStrengthMeter.h"

#include <QTest>

using namespace ameli;

namespace {

// Names no English dictionary holds, so that only the person's data can make them guessable.
const PersonalData kPerson{QStringLiteral("2850775056123"), QDate(1985, 7, 14),
                           QStringLiteral("Maelys"), QStringLiteral("Kerbrat")};

} // namespace

class TestCodeStrengthMeter : public QObject
{
    Q_OBJECT

private slots:
    // P7: the guide's own example is acceptable but never rated strong.
    void guideExampleIsNotStrong_P7()
    {
        const CodeStrength s = CodeStrengthMeter::estimate(QStringLiteral("MotdePasse1"), kPerson);
        QVERIFY2(s.level != StrengthLevel::Strong, qPrintable(QString::number(s.entropyBits)));
        QVERIFY(s.level != StrengthLevel::Medium);
    }

    // P7: levels from zxcvbn-c's estimate, in words as well as a level.
    void levels_P7_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("level");
        QTest::newRow("keyboard walk") << "Azerty12" << int(StrengthLevel::VeryWeak);
        QTest::newRow("common password") << "Password1" << int(StrengthLevel::VeryWeak);
        QTest::newRow("random 16") << "q7;Hv(Tz2%Lx+Rm_c" << int(StrengthLevel::Strong);
        QTest::newRow("passphrase") << "Cerf-volant*Brume=Ardoise42" << int(StrengthLevel::Strong);
    }

    void levels_P7()
    {
        QFETCH(QString, code);
        QFETCH(int, level);
        const CodeStrength s = CodeStrengthMeter::estimate(code, kPerson);
        QVERIFY2(
            int(s.level) == level,
            qPrintable(QStringLiteral("%1 bits, level %2").arg(s.entropyBits).arg(int(s.level))));
        QVERIFY(!s.word.isEmpty());
    }

    // P7: told about the person's own data, the meter scores a code built on it lower.
    void personalDataScoresLower_P7()
    {
        const double withName =
            CodeStrengthMeter::estimate(QStringLiteral("Kerbrat!Maelys"), kPerson).entropyBits;
        const double stranger =
            CodeStrengthMeter::estimate(QStringLiteral("Kerbrat!Maelys"), PersonalData{})
                .entropyBits;
        QVERIFY2(withName < stranger,
                 qPrintable(QStringLiteral("%1 vs %2").arg(withName).arg(stranger)));
    }

    // P7: told about common French words too.
    void frenchWordsScoreLow_P7()
    {
        const double french =
            CodeStrengthMeter::estimate(QStringLiteral("Bonjour!Soleil"), kPerson).entropyBits;
        const double random =
            CodeStrengthMeter::estimate(QStringLiteral("Bqnxour!Svlemp"), kPerson).entropyBits;
        QVERIFY2(french < random, qPrintable(QStringLiteral("%1 vs %2").arg(french).arg(random)));
    }

    void wordsAreFrench_P7()
    {
        QCOMPARE(CodeStrengthMeter::word(StrengthLevel::VeryWeak), QStringLiteral("Très faible"));
        QCOMPARE(CodeStrengthMeter::word(StrengthLevel::Weak), QStringLiteral("Faible"));
        QCOMPARE(CodeStrengthMeter::word(StrengthLevel::Medium), QStringLiteral("Moyen"));
        QCOMPARE(CodeStrengthMeter::word(StrengthLevel::Strong), QStringLiteral("Fort"));
        QCOMPARE(CodeStrengthMeter::estimate(QString(), kPerson).level, StrengthLevel::None);
    }
};

QTEST_GUILESS_MAIN(TestCodeStrengthMeter)
#include "tst_codestrengthmeter.moc"
