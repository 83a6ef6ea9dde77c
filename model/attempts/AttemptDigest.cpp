#include "AttemptDigest.h"

#include "MeasureCalculator.h"
#include "Questionnaires.h"

#include <QSet>

namespace ameli {

QList<AttemptDigest> AttemptDigest::load(const Database &records, const AttemptFilter &filter)
{
    QList<AttemptDigest> digests;
    AttemptRepository(records).forEachAttempt(
        filter,
        [&digests](const Attempt &a, const QList<AttemptEvent> &events) {
            digests.prepend({a, MeasureCalculator::compute(a, events)});
        },
        MeasureCalculator::kindsMeasured());
    return digests;
}

QHash<qint64, double> AttemptDigest::susScores(const Database &records)
{
    const AttemptRepository repository(records);
    QHash<qint64, double> scores;
    for (const PlanRun &run : repository.planRuns()) {
        QList<int> answers;
        for (const QuestionnaireAnswer &a : repository.answersOfPlanRun(run.id)) {
            if (a.questionnaire == u"SUS")
                answers << a.value;
        }
        if (const std::optional<double> score = Questionnaires::susScore(answers))
            scores.insert(run.id, *score);
    }
    return scores;
}

QList<GroupMeasures> AttemptDigest::groups(const QList<AttemptDigest> &digests,
                                           const QHash<qint64, double> &susByRun)
{
    QStringList order;
    QHash<QString, QList<AttemptMeasures>> measures;
    QHash<QString, QString> titles;
    QHash<QString, QSet<qint64>> runs;
    // Oldest first, so that groups come in the order they were played.
    for (auto it = digests.crbegin(); it != digests.crend(); ++it) {
        const QString key = it->attempt.activityKey();
        if (!measures.contains(key)) {
            order << key;
            titles.insert(key, it->attempt.activityTitle());
        }
        measures[key] << it->measures;
        if (it->attempt.spec.planRunId > 0)
            runs[key].insert(it->attempt.spec.planRunId);
    }
    QList<GroupMeasures> groups;
    for (const QString &key : std::as_const(order)) {
        QList<double> sus;
        for (qint64 run : runs.value(key)) {
            if (susByRun.contains(run))
                sus << susByRun.value(run);
        }
        groups << GroupMeasures::compute(key, titles.value(key), measures.value(key), sus);
    }
    return groups;
}

} // namespace ameli
