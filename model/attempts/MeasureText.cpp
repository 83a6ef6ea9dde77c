#include "MeasureText.h"

#include "journey/StepKeys.h"

#include <QCoreApplication>
#include <QLocale>

namespace ameli {

QString MeasureText::duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 500) / 1000);
    if (s >= 3600)
        return QCoreApplication::translate("MeasureText", "%1 h %2 min")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return QCoreApplication::translate("MeasureText", "%1 min %2 s")
            .arg(s / 60)
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("MeasureText", "%1 s").arg(s);
}

QString MeasureText::success(const AttemptMeasures &m)
{
    switch (m.success) {
    case SuccessKind::Direct:
        return QCoreApplication::translate("MeasureText", "Réussite directe");
    case SuccessKind::Indirect:
        return QCoreApplication::translate("MeasureText", "Réussite indirecte");
    case SuccessKind::None:
        break;
    }
    return QCoreApplication::translate("MeasureText", "Échec : %1")
        .arg(Attempt::outcomeLabel(m.outcome).toLower());
}

QString MeasureText::rules(const QMap<QString, int> &byRule)
{
    QStringList parts;
    for (auto it = byRule.begin(); it != byRule.end(); ++it)
        parts << (it.value() > 1 ? QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value())
                                 : it.key());
    return parts.join(QStringLiteral(", "));
}

QString MeasureText::error(const ErrorOccurrence &e)
{
    const QString rules =
        e.rules.isEmpty() ? QStringLiteral("—") : e.rules.join(QStringLiteral(", "));
    return QCoreApplication::translate("MeasureText", "%1 — %2 (%3, à %4)")
        .arg(rules, e.message, StepKeys::labelOf(e.step), duration(e.atMs));
}

QString MeasureText::percent(double ratio)
{
    return QCoreApplication::translate("MeasureText", "%1 %").arg(qRound(ratio * 100));
}

QString MeasureText::decimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString MeasureText::path(const QStringList &steps)
{
    QStringList labels;
    for (const QString &step : steps)
        labels << StepKeys::labelOf(step);
    return labels.join(QStringLiteral(" → "));
}

QString MeasureText::summary(const AttemptMeasures &m)
{
    return QCoreApplication::translate(
               "MeasureText", "%1 en %2 ; %3 erreur(s), %4 clic(s) sans effet, %5 indice(s).")
        .arg(success(m), duration(m.timeOnTaskMs))
        .arg(m.mistakes.size())
        .arg(m.misclicks)
        .arg(m.hintsUsed);
}

} // namespace ameli

namespace ameli {

QStringList MeasureText::errorLines(const AttemptMeasures &m)
{
    QStringList lines;
    for (const ErrorOccurrence &e : m.mistakes)
        lines << QCoreApplication::translate("MeasureText", "Erreur : %1").arg(error(e));
    for (const ErrorOccurrence &e : m.symptoms)
        lines << QCoreApplication::translate("MeasureText",
                                             "Situation du scénario (non comptée) : %1")
                     .arg(error(e));
    return lines;
}

} // namespace ameli
