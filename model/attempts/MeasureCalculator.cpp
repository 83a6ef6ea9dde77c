#include "MeasureCalculator.h"

#include "journey/ProblemKeys.h"
#include "scenarios/ScenarioGoal.h"

namespace ameli {

namespace {

// Follows the taken path along the expected one: a page that is the next expected step moves
// on, a page already passed is a backtrack, any other page a detour.
void comparePaths(AttemptMeasures &m)
{
    if (m.expectedPath.isEmpty())
        return;
    int position = -1;
    for (const QString &step : std::as_const(m.pathTaken)) {
        if (position + 1 < m.expectedPath.size() && m.expectedPath.at(position + 1) == step) {
            ++position;
            continue;
        }
        const int earlier = int(m.expectedPath.mid(0, position + 1).lastIndexOf(step));
        if (earlier >= 0) {
            ++m.backtracks;
            position = earlier;
        } else {
            ++m.detours;
        }
    }
}

} // namespace

QList<EventKind> MeasureCalculator::kindsMeasured()
{
    return {EventKind::PageShown, EventKind::ServiceResult,       EventKind::Misclick,
            EventKind::HintShown, EventKind::QuestionnaireAnswer, EventKind::AttemptEnded};
}

AttemptMeasures MeasureCalculator::compute(const Attempt &attempt,
                                           const QList<AttemptEvent> &events)
{
    AttemptMeasures m;
    m.outcome = attempt.outcome;
    m.expectedPath = attempt.spec.expectedPath;
    m.timeOnTaskMs = attempt.durationMs >= 0 ? attempt.durationMs
                                             : (events.isEmpty() ? 0 : events.last().elapsedMs);

    for (const AttemptEvent &e : events) {
        if (e.kind == EventKind::AttemptEnded && attempt.durationMs < 0)
            m.timeOnTaskMs = e.elapsedMs;
        switch (e.kind) {
        case EventKind::PageShown:
            // The same page shown again (a reload, a restart) goes on with the same stay.
            if (!m.visits.isEmpty() && m.visits.last().step == e.step)
                break;
            if (!m.visits.isEmpty())
                m.visits.last().durationMs = e.elapsedMs - m.visits.last().startMs;
            m.visits.append({e.step, e.elapsedMs, 0, 0});
            if (m.pathTaken.isEmpty() || m.pathTaken.last() != e.step)
                m.pathTaken << e.step;
            break;
        case EventKind::ServiceResult: {
            if (e.problem.isEmpty())
                break;
            // One refusal may hold both: the situation the scenario set up (listed) and a slip
            // of the person's own (counted), e.g. a code keeping the birth date (P5, the
            // scenario's) and a confirmation that differs (P6).
            QStringList situation;
            QStringList own;
            for (const QString &rule : e.rules)
                (attempt.spec.symptomRules.contains(rule) ? situation : own) << rule;
            if (!situation.isEmpty())
                m.symptoms.append({e.elapsedMs, e.step, situation, e.problem, e.message, true});
            const bool mistake = ScenarioGoal::countsAsMistake(ProblemKeys::fromKey(e.problem));
            if (mistake && (!own.isEmpty() || situation.isEmpty())) {
                m.mistakes.append({e.elapsedMs, e.step, own, e.problem, e.message, false});
                for (const QString &rule : std::as_const(own))
                    ++m.mistakesByRule[rule];
                if (!m.visits.isEmpty())
                    ++m.visits.last().mistakes;
            }
            break;
        }
        case EventKind::Misclick:
            ++m.misclicks;
            break;
        case EventKind::HintShown:
            ++m.hintsUsed;
            break;
        case EventKind::QuestionnaireAnswer:
            if (e.target == u"SEQ")
                m.seq = e.value.toInt();
            break;
        default:
            break;
        }
    }
    if (!m.visits.isEmpty())
        m.visits.last().durationMs = std::max<qint64>(0, m.timeOnTaskMs - m.visits.last().startMs);
    for (const StepVisit &v : std::as_const(m.visits)) {
        auto it = std::find_if(m.timePerStep.begin(), m.timePerStep.end(),
                               [&v](const auto &entry) { return entry.first == v.step; });
        if (it == m.timePerStep.end())
            m.timePerStep.append({v.step, v.durationMs});
        else
            it->second += v.durationMs;
    }
    comparePaths(m);
    if (attempt.outcome == AttemptOutcome::Reached) {
        m.success = (m.backtracks == 0 && m.detours == 0 &&
                     (m.expectedPath.isEmpty() || m.pathTaken == m.expectedPath))
                        ? SuccessKind::Direct
                        : SuccessKind::Indirect;
    }
    return m;
}

} // namespace ameli
