#include "attempts/GroupMeasures.h"
#include "attempts/MeasureCalculator.h"
#include "attempts/MeasureText.h"
#include "attempts/Questionnaires.h"
#include "journey/BrokenRules.h"

#include <QTest>

using namespace ameli;

namespace {

// An event log written by hand: "page:login@2000", "refuse:captcha_wrong:F4@3000",
// "misclick@4000", "hint@5000", "seq:6@9000".
QList<AttemptEvent> log(const QStringList &lines)
{
    QList<AttemptEvent> events;
    QString step;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char('@'));
        const QStringList what = parts.at(0).split(QLatin1Char(':'));
        AttemptEvent e;
        e.seq = int(events.size()) + 1;
        e.elapsedMs = parts.value(1).toLongLong();
        if (what.at(0) == u"page") {
            e.kind = EventKind::PageShown;
            step = what.at(1);
        } else if (what.at(0) == u"refuse") {
            e.kind = EventKind::ServiceResult;
            e.problem = what.at(1);
            e.rules = what.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            e.message = QStringLiteral("message %1").arg(e.seq);
        } else if (what.at(0) == u"ok") {
            e.kind = EventKind::ServiceResult;
        } else if (what.at(0) == u"misclick") {
            e.kind = EventKind::Misclick;
        } else if (what.at(0) == u"hint") {
            e.kind = EventKind::HintShown;
        } else if (what.at(0) == u"seq") {
            e.kind = EventKind::QuestionnaireAnswer;
            e.target = QStringLiteral("SEQ");
            e.value = what.at(1);
        }
        e.step = step;
        events << e;
    }
    return events;
}

Attempt attemptOf(AttemptOutcome outcome, qint64 durationMs, const QStringList &expected,
                  const QStringList &symptoms = {})
{
    Attempt a;
    a.outcome = outcome;
    a.durationMs = durationMs;
    a.spec.expectedPath = expected;
    a.spec.symptomRules = symptoms;
    return a;
}

const QStringList kPath{QStringLiteral("home"), QStringLiteral("login"),
                        QStringLiteral("forgotten_code"), QStringLiteral("code_sent")};

} // namespace

Q_DECLARE_METATYPE(AttemptOutcome)
Q_DECLARE_METATYPE(SuccessKind)

// The measures every screen, report and export shows, computed from the event log alone.
class TestAttemptMeasures : public QObject
{
    Q_OBJECT

private slots:
    void measuresFromTheLog_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<AttemptOutcome>("outcome");
        QTest::addColumn<QStringList>("symptomRules");
        QTest::addColumn<SuccessKind>("success");
        QTest::addColumn<int>("mistakes");
        QTest::addColumn<QString>("byRule");
        QTest::addColumn<int>("symptoms");
        QTest::addColumn<int>("misclicks");
        QTest::addColumn<int>("backtracks");
        QTest::addColumn<int>("detours");
        QTest::addColumn<int>("hints");

        QTest::newRow("expected path, no slip: direct success")
            << QStringList{QStringLiteral("page:home@0"), QStringLiteral("page:login@2000"),
                           QStringLiteral("page:forgotten_code@5000"),
                           QStringLiteral("page:code_sent@9000")}
            << AttemptOutcome::Reached << QStringList() << SuccessKind::Direct << 0 << QString()
            << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("a page off the path: indirect success, one detour")
            << QStringList{QStringLiteral("page:home@0"),
                           QStringLiteral("page:account_creation@1000"),
                           QStringLiteral("page:home@2000"),
                           QStringLiteral("page:login@3000"),
                           QStringLiteral("page:forgotten_code@5000"),
                           QStringLiteral("page:code_sent@9000")}
            << AttemptOutcome::Reached << QStringList() << SuccessKind::Indirect << 0 << QString()
            << 0 << 0 << 1 << 1 << 0;
        QTest::newRow("back to the login page: a backtrack")
            << QStringList{QStringLiteral("page:home@0"),
                           QStringLiteral("page:login@1000"),
                           QStringLiteral("page:forgotten_code@2000"),
                           QStringLiteral("page:login@3000"),
                           QStringLiteral("page:forgotten_code@4000"),
                           QStringLiteral("page:code_sent@9000")}
            << AttemptOutcome::Reached << QStringList() << SuccessKind::Indirect << 0 << QString()
            << 0 << 0 << 1 << 0 << 0;
        QTest::newRow("wrong CAPTCHA twice: two F4 mistakes")
            << QStringList{QStringLiteral("page:home@0"),
                           QStringLiteral("page:login@1000"),
                           QStringLiteral("page:forgotten_code@2000"),
                           QStringLiteral("refuse:captcha_wrong:F4@3000"),
                           QStringLiteral("refuse:captcha_wrong:F4@4000"),
                           QStringLiteral("page:code_sent@9000")}
            << AttemptOutcome::Reached << QStringList() << SuccessKind::Direct << 2
            << QStringLiteral("F4 ×2") << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("the scenario's symptom is listed, not counted")
            << QStringList{QStringLiteral("page:home@0"), QStringLiteral("page:login@1000"),
                           QStringLiteral("refuse:account_locked:L3@2000"),
                           QStringLiteral("page:forgotten_code@3000"),
                           QStringLiteral("page:code_sent@9000")}
            << AttemptOutcome::Reached << QStringList{QStringLiteral("L3")} << SuccessKind::Direct
            << 0 << QString() << 1 << 0 << 0 << 0 << 0;
        QTest::newRow("one refusal, the scenario's P5 and the person's P6")
            << QStringList{QStringLiteral("page:home@0"),
                           QStringLiteral("refuse:invalid_input:P5,P6@2000")}
            << AttemptOutcome::GivenUp << QStringList{QStringLiteral("P5")} << SuccessKind::None
            << 1 << QStringLiteral("P6") << 1 << 0 << 0 << 0 << 0;
        QTest::newRow("a situation, not a mistake: an expired link outside the symptoms")
            << QStringList{QStringLiteral("page:home@0"),
                           QStringLiteral("refuse:link_expired:V4@2000")}
            << AttemptOutcome::Interrupted << QStringList() << SuccessKind::None << 0 << QString()
            << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("misclicks and hints")
            << QStringList{QStringLiteral("page:home@0"), QStringLiteral("misclick@100"),
                           QStringLiteral("misclick@200"), QStringLiteral("hint@300"),
                           QStringLiteral("page:login@1000")}
            << AttemptOutcome::TimedOut << QStringList() << SuccessKind::None << 0 << QString() << 0
            << 2 << 0 << 0 << 1;
    }

    void measuresFromTheLog()
    {
        QFETCH(QStringList, lines);
        QFETCH(AttemptOutcome, outcome);
        QFETCH(QStringList, symptomRules);
        const AttemptMeasures m =
            MeasureCalculator::compute(attemptOf(outcome, 10000, kPath, symptomRules), log(lines));
        QTEST(m.success, "success");
        QTEST(int(m.mistakes.size()), "mistakes");
        QTEST(MeasureText::rules(m.mistakesByRule), "byRule");
        QTEST(int(m.symptoms.size()), "symptoms");
        QTEST(m.misclicks, "misclicks");
        QTEST(m.backtracks, "backtracks");
        QTEST(m.detours, "detours");
        QTEST(m.hintsUsed, "hints");
        QCOMPARE(m.timeOnTaskMs, qint64(10000));
    }

    // Time per step: each stay lasts until the next page or the end; a page shown twice in a
    // row is one stay; stays on the same step add up.
    void timePerStep()
    {
        const AttemptMeasures m = MeasureCalculator::compute(
            attemptOf(AttemptOutcome::Reached, 20000, kPath),
            log({QStringLiteral("page:home@0"), QStringLiteral("page:home@500"),
                 QStringLiteral("page:login@2000"), QStringLiteral("page:forgotten_code@5000"),
                 QStringLiteral("refuse:captcha_wrong:F4@6000"), QStringLiteral("page:login@8000"),
                 QStringLiteral("page:forgotten_code@12000"),
                 QStringLiteral("page:code_sent@15000")}));
        QCOMPARE(m.visits.size(), 6);
        QCOMPARE(m.visits.at(0).durationMs, qint64(2000));
        QCOMPARE(m.visits.at(2).durationMs, qint64(3000));
        QCOMPARE(m.visits.at(2).mistakes, 1);
        QCOMPARE(m.visits.last().durationMs, qint64(5000));
        QCOMPARE(m.timePerStep.size(), 4);
        QCOMPARE(m.timePerStep.at(1), std::make_pair(QStringLiteral("login"), qint64(7000)));
        QCOMPARE(m.timePerStep.at(2),
                 std::make_pair(QStringLiteral("forgotten_code"), qint64(6000)));
        QCOMPARE(m.pathTaken.size(), 6);
    }

    // An attempt still running is measured up to its last event; the SEQ answer is read back.
    void openAttemptAndSeq()
    {
        Attempt open = attemptOf(AttemptOutcome::Open, -1, kPath);
        const AttemptMeasures m = MeasureCalculator::compute(
            open, log({QStringLiteral("page:home@0"), QStringLiteral("page:login@4000"),
                       QStringLiteral("seq:6@4500")}));
        QCOMPARE(m.timeOnTaskMs, qint64(4500));
        QCOMPARE(m.seq, std::optional<int>(6));
        QCOMPARE(m.success, SuccessKind::None);
    }

    // The rules a refusal comes from, as a debrief names them.
    void brokenRules_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("step");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("fieldRules");
        QTest::addColumn<QStringList>("rules");
        const auto p = [](Problem x) { return int(x); };
        const auto s = [](JourneyStep x) { return int(x); };
        QTest::newRow("success") << p(Problem::None) << s(JourneyStep::Login) << QStringList()
                                 << QStringList() << QStringList();
        QTest::newRow("malformed number A4")
            << p(Problem::InvalidInput) << s(JourneyStep::Login) << QStringList{field::nir}
            << QStringList() << QStringList{QStringLiteral("A4")};
        QTest::newRow("number and CAPTCHA missing")
            << p(Problem::InvalidInput) << s(JourneyStep::ForgottenCode)
            << QStringList{field::nir, field::birthDate, field::captcha} << QStringList()
            << QStringList{QStringLiteral("A4"), QStringLiteral("F1"), QStringLiteral("F2")};
        QTest::newRow("code breaking P2 and P5, confirmation differs")
            << p(Problem::InvalidInput) << s(JourneyStep::PersonalCode)
            << QStringList{field::newCode, field::confirmCode}
            << QStringList{QStringLiteral("P2"), QStringLiteral("P5")}
            << QStringList{QStringLiteral("P2"), QStringLiteral("P5"), QStringLiteral("P6")};
        QTest::newRow("phone numbers D6")
            << p(Problem::InvalidInput) << s(JourneyStep::ContactDetails)
            << QStringList{field::mobile, field::landline} << QStringList()
            << QStringList{QStringLiteral("D6")};
        QTest::newRow("wrong CAPTCHA F4")
            << p(Problem::CaptchaWrong) << s(JourneyStep::ForgottenCode)
            << QStringList{field::captcha} << QStringList() << QStringList{QStringLiteral("F4")};
        QTest::newRow("CAPTCHA too late F3")
            << p(Problem::CaptchaExpired) << s(JourneyStep::ForgottenCode) << QStringList()
            << QStringList() << QStringList{QStringLiteral("F3")};
        QTest::newRow("no match F8")
            << p(Problem::IdentityNotRecognised) << s(JourneyStep::ForgottenCode) << QStringList()
            << QStringList() << QStringList{QStringLiteral("F8")};
        QTest::newRow("locked L3")
            << p(Problem::AccountLocked) << s(JourneyStep::Login) << QStringList{field::code}
            << QStringList() << QStringList{QStringLiteral("L3")};
        QTest::newRow("code expired F6")
            << p(Problem::ProvisionalCodeExpired) << s(JourneyStep::Login) << QStringList()
            << QStringList() << QStringList{QStringLiteral("F6")};
        QTest::newRow("conditions refused C2")
            << p(Problem::ConditionsRefused) << s(JourneyStep::Login) << QStringList()
            << QStringList() << QStringList{QStringLiteral("C2")};
        QTest::newRow("address used D5")
            << p(Problem::EmailAlreadyUsed) << s(JourneyStep::ContactDetails)
            << QStringList{field::email} << QStringList() << QStringList{QStringLiteral("D5")};
        QTest::newRow("link expired V4")
            << p(Problem::LinkExpired) << s(JourneyStep::LinkExpired) << QStringList()
            << QStringList() << QStringList{QStringLiteral("V4")};
        QTest::newRow("address forgotten V5")
            << p(Problem::EmailForgotten) << s(JourneyStep::AskNewEmail) << QStringList()
            << QStringList() << QStringList{QStringLiteral("V5")};
        QTest::newRow("old link V7")
            << p(Problem::LinkSuperseded) << s(JourneyStep::Login) << QStringList() << QStringList()
            << QStringList{QStringLiteral("V7")};
        QTest::newRow("blocked link T6")
            << p(Problem::LinkBlocked) << s(JourneyStep::Login) << QStringList() << QStringList()
            << QStringList{QStringLiteral("T6")};
        QTest::newRow("FranceConnect A5")
            << p(Problem::OutsideSimulation) << s(JourneyStep::Login) << QStringList()
            << QStringList() << QStringList{QStringLiteral("A5")};
        QTest::newRow("account creation A6")
            << p(Problem::OutsideSimulation) << s(JourneyStep::AccountCreation) << QStringList()
            << QStringList() << QStringList{QStringLiteral("A6")};
    }

    void brokenRules()
    {
        QFETCH(int, problem);
        QFETCH(int, step);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, fieldRules);
        JourneyResult r;
        r.problem = Problem(problem);
        r.step = JourneyStep(step);
        for (const QString &f : fields)
            r.fieldErrors.append(
                {f, QStringLiteral("message"), f == field::newCode ? fieldRules : QStringList()});
        QTEST(BrokenRules::of(r), "rules");
    }

    // A group: success rates, quartiles of time, errors by rule (most frequent first), means.
    void groupMeasures()
    {
        QList<AttemptMeasures> list;
        const qint64 times[] = {60000, 120000, 180000, 240000, 600000};
        for (int i = 0; i < 5; ++i) {
            AttemptMeasures m;
            m.outcome = i < 3 ? AttemptOutcome::Reached
                              : (i == 3 ? AttemptOutcome::GivenUp : AttemptOutcome::TimedOut);
            m.success =
                i < 2 ? SuccessKind::Direct : (i == 2 ? SuccessKind::Indirect : SuccessKind::None);
            m.timeOnTaskMs = times[i];
            if (i >= 2) {
                m.mistakes.append({0, {}, {QStringLiteral("P5")}, {}, {}, false});
                m.mistakesByRule[QStringLiteral("P5")] = 2;
            }
            if (i == 4)
                m.mistakesByRule[QStringLiteral("F4")] = 1;
            m.misclicks = i;
            m.seq = i + 3;
            list << m;
        }
        const GroupMeasures g = GroupMeasures::compute(
            QStringLiteral("nominal"), QStringLiteral("Première activation"), list, {72.5, 85.0});
        QCOMPARE(g.attempts, 5);
        QCOMPARE(g.reached, 3);
        QCOMPARE(g.direct, 2);
        QCOMPARE(g.givenUp, 1);
        QCOMPARE(g.timedOut, 1);
        QCOMPARE(MeasureText::percent(g.successRate()), QStringLiteral("60 %"));
        QCOMPARE(g.time.min, qint64(60000));
        QCOMPARE(g.time.q1, qint64(120000));
        QCOMPARE(g.time.median, qint64(180000));
        QCOMPARE(g.time.q3, qint64(240000));
        QCOMPARE(g.time.max, qint64(600000));
        QCOMPARE(g.frequentErrors.size(), 2);
        QCOMPARE(g.frequentErrors.first().rule, QStringLiteral("P5"));
        QCOMPARE(g.frequentErrors.first().occurrences, 6);
        QCOMPARE(g.frequentErrors.first().attempts, 3);
        QCOMPARE(g.meanMisclicks, 2.0);
        QCOMPARE(*g.meanSeq, 5.0);
        QCOMPARE(*g.meanSus, 78.75);
        QCOMPARE(g.susAnswers, 2);
        // Quartiles between two values are interpolated.
        const TimeSpread even = GroupMeasures::spread({1000, 2000, 3000, 4000});
        QCOMPARE(even.median, qint64(2500));
        QCOMPARE(even.q1, qint64(1750));
    }

    // SUS: odd items score − 1, even items 5 − score, the sum × 2.5.
    void susScore_data()
    {
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<double>("score");
        QTest::newRow("neutral everywhere") << QList<int>{3, 3, 3, 3, 3, 3, 3, 3, 3, 3} << 50.0;
        QTest::newRow("best possible") << QList<int>{5, 1, 5, 1, 5, 1, 5, 1, 5, 1} << 100.0;
        QTest::newRow("worst possible") << QList<int>{1, 5, 1, 5, 1, 5, 1, 5, 1, 5} << 0.0;
        QTest::newRow("a typical participant") << QList<int>{4, 2, 4, 1, 5, 2, 4, 2, 4, 2} << 80.0;
        QTest::newRow("all agree") << QList<int>{5, 5, 5, 5, 5, 5, 5, 5, 5, 5} << 50.0;
        QTest::newRow("mixed") << QList<int>{2, 4, 3, 3, 2, 4, 3, 2, 3, 4} << 40.0;
    }

    void susScore()
    {
        QFETCH(QList<int>, answers);
        QFETCH(double, score);
        const std::optional<double> s = Questionnaires::susScore(answers);
        QVERIFY(s);
        QCOMPARE(*s, score);
    }

    void susRefusesIncompleteOrOutOfRangeAnswers()
    {
        QVERIFY(!Questionnaires::susScore({3, 3, 3, 3, 3, 3, 3, 3, 3}));
        QVERIFY(!Questionnaires::susScore({3, 3, 3, 3, 3, 3, 3, 3, 3, 6}));
        QVERIFY(!Questionnaires::susScore({0, 3, 3, 3, 3, 3, 3, 3, 3, 3}));
        QCOMPARE(Questionnaires::susItems().size(), 10);
        QVERIFY(Questionnaires::susItems().first().startsWith(u"Je pense que je vais utiliser"));
        QVERIFY(Questionnaires::isValidSeq(1) && Questionnaires::isValidSeq(7));
        QVERIFY(!Questionnaires::isValidSeq(0) && !Questionnaires::isValidSeq(8));
    }

    void durationsInWords_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("rounded") << qint64(44600) << QStringLiteral("45 s");
        QTest::newRow("minutes") << qint64(245000) << QStringLiteral("4 min 05 s");
        QTest::newRow("hours") << qint64(3720000) << QStringLiteral("1 h 02 min");
    }

    void durationsInWords()
    {
        QFETCH(qint64, ms);
        QTEST(MeasureText::duration(ms), "text");
    }
};

QTEST_GUILESS_MAIN(TestAttemptMeasures)
#include "tst_attemptmeasures.moc"
