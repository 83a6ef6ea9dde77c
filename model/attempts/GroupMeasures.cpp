#include "GroupMeasures.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace ameli {

namespace {

qint64 quantile(const QList<qint64> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const double position = q * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const auto above = qsizetype(std::ceil(position));
    const double fraction = position - double(below);
    return qint64(std::llround(double(sorted.at(below)) +
                               fraction * double(sorted.at(above) - sorted.at(below))));
}

} // namespace

TimeSpread GroupMeasures::spread(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    TimeSpread s;
    if (values.isEmpty())
        return s;
    s.min = values.first();
    s.max = values.last();
    s.q1 = quantile(values, 0.25);
    s.median = quantile(values, 0.5);
    s.q3 = quantile(values, 0.75);
    return s;
}

GroupMeasures GroupMeasures::compute(const QString &activityKey, const QString &title,
                                     const QList<AttemptMeasures> &measures,
                                     const QList<double> &susScores)
{
    GroupMeasures g;
    g.activityKey = activityKey;
    g.title = title;
    g.attempts = int(measures.size());
    QList<qint64> times;
    QMap<QString, RuleFrequency> rules;
    int mistakes = 0;
    int misclicks = 0;
    int hints = 0;
    int seqCount = 0;
    double seqSum = 0;
    for (const AttemptMeasures &m : measures) {
        if (m.outcome == AttemptOutcome::Reached)
            ++g.reached;
        if (m.success == SuccessKind::Direct)
            ++g.direct;
        if (m.outcome == AttemptOutcome::GivenUp)
            ++g.givenUp;
        if (m.outcome == AttemptOutcome::TimedOut)
            ++g.timedOut;
        times << m.timeOnTaskMs;
        mistakes += int(m.mistakes.size());
        misclicks += m.misclicks;
        hints += m.hintsUsed;
        for (auto it = m.mistakesByRule.begin(); it != m.mistakesByRule.end(); ++it) {
            RuleFrequency &f = rules[it.key()];
            f.rule = it.key();
            f.occurrences += it.value();
            ++f.attempts;
        }
        if (m.seq) {
            ++seqCount;
            seqSum += *m.seq;
        }
    }
    g.time = spread(times);
    if (g.attempts > 0) {
        g.meanMistakes = double(mistakes) / g.attempts;
        g.meanMisclicks = double(misclicks) / g.attempts;
        g.meanHints = double(hints) / g.attempts;
    }
    g.frequentErrors = rules.values();
    std::stable_sort(g.frequentErrors.begin(), g.frequentErrors.end(),
                     [](const RuleFrequency &a, const RuleFrequency &b) {
                         return a.occurrences > b.occurrences;
                     });
    if (seqCount > 0)
        g.meanSeq = seqSum / seqCount;
    if (!susScores.isEmpty()) {
        double sum = 0;
        for (double s : susScores)
            sum += s;
        g.meanSus = sum / double(susScores.size());
        g.susAnswers = int(susScores.size());
    }
    return g;
}

} // namespace ameli
