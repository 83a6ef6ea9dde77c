#include "XapiStatements.h"

#include "journey/StepKeys.h"

#include <QJsonArray>
#include <QUrl>

namespace ameli {

namespace {

const QString kVerbBase = QStringLiteral("http://adlnet.gov/expapi/verbs/");
const QString kExtensionBase = XapiStatements::homePage() + QStringLiteral("/xapi/extensions/");
const QString kCmi5Category = QStringLiteral("https://w3id.org/xapi/cmi5/context/categories/cmi5");
const QString kSessionExtension =
    QStringLiteral("https://w3id.org/xapi/cmi5/context/extensions/sessionid");

QJsonObject verb(const QString &name, const QString &french)
{
    return {{QStringLiteral("id"), kVerbBase + name},
            {QStringLiteral("display"),
             QJsonObject{{QStringLiteral("en-US"), name}, {QStringLiteral("fr-FR"), french}}}};
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

} // namespace

QUuid XapiStatements::registration(const Attempt &attempt)
{
    static const QUuid ns(QStringLiteral("{6f1c2d8e-5a0b-4c53-9f4e-2b7d1a9e3c11}"));
    return QUuid::createUuidV5(
        ns,
        QStringLiteral("attempt-%1-%2").arg(attempt.id).arg(attempt.startedAt.toMSecsSinceEpoch()));
}

QString XapiStatements::isoDuration(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms / 60000) % 60;
    const qint64 seconds = (ms / 1000) % 60;
    const qint64 millis = ms % 1000;
    QString text = QStringLiteral("PT");
    if (hours > 0)
        text += QStringLiteral("%1H").arg(hours);
    if (minutes > 0)
        text += QStringLiteral("%1M").arg(minutes);
    text += millis > 0 ? QStringLiteral("%1.%2S").arg(seconds).arg(millis, 3, 10, QLatin1Char('0'))
                       : QStringLiteral("%1S").arg(seconds);
    return text;
}

QList<QJsonObject> XapiStatements::of(const Attempt &attempt, const AttemptMeasures &m)
{
    const QString registrationId = registration(attempt).toString(QUuid::WithoutBraces);
    const QJsonObject actor{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                            {QStringLiteral("account"),
                             QJsonObject{{QStringLiteral("homePage"), homePage()},
                                         {QStringLiteral("name"), attempt.spec.participant}}}};
    const QString activityId = homePage() + QStringLiteral("/activites/") +
                               QString::fromUtf8(QUrl::toPercentEncoding(attempt.activityKey()));
    const QJsonObject activity{
        {QStringLiteral("objectType"), QStringLiteral("Activity")},
        {QStringLiteral("id"), activityId},
        {QStringLiteral("definition"),
         QJsonObject{{QStringLiteral("name"),
                      QJsonObject{{QStringLiteral("fr-FR"), attempt.activityTitle()}}},
                     {QStringLiteral("type"),
                      QStringLiteral("http://adlnet.gov/expapi/activities/simulation")}}}};
    QList<QJsonObject> statements;
    int index = 0;
    const auto make = [&](const QJsonObject &v, const QJsonObject &object, qint64 atMs,
                          const QJsonObject &result, bool cmi5) {
        QJsonObject context{{QStringLiteral("registration"), registrationId}};
        QJsonObject extensions{
            {kSessionExtension, registrationId},
            {kExtensionBase + QStringLiteral("mode"), Attempt::modeKey(attempt.spec.mode)}};
        context.insert(QStringLiteral("extensions"), extensions);
        if (cmi5) {
            context.insert(
                QStringLiteral("contextActivities"),
                QJsonObject{{QStringLiteral("category"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), kCmi5Category}}}}});
        } else {
            context.insert(QStringLiteral("contextActivities"),
                           QJsonObject{{QStringLiteral("parent"), QJsonArray{activity}}});
        }
        QJsonObject s{{QStringLiteral("id"),
                       QUuid::createUuidV5(registration(attempt), QString::number(index++))
                           .toString(QUuid::WithoutBraces)},
                      {QStringLiteral("actor"), actor},
                      {QStringLiteral("verb"), v},
                      {QStringLiteral("object"), object},
                      {QStringLiteral("timestamp"), timestamp(attempt.startedAt.addMSecs(atMs))},
                      {QStringLiteral("context"), context},
                      {QStringLiteral("version"), QStringLiteral("1.0.3")}};
        if (!result.isEmpty())
            s.insert(QStringLiteral("result"), result);
        statements << s;
    };

    make(verb(QStringLiteral("initialized"), QStringLiteral("a commencé")), activity, 0, {}, true);
    for (int i = 0; i < m.visits.size(); ++i) {
        const StepVisit &v = m.visits.at(i);
        QStringList rules;
        for (const ErrorOccurrence &e : m.mistakes) {
            if (e.atMs >= v.startMs && e.atMs <= v.startMs + v.durationMs && e.step == v.step)
                for (const QString &r : e.rules)
                    if (!rules.contains(r))
                        rules << r;
        }
        const QJsonObject step{
            {QStringLiteral("objectType"), QStringLiteral("Activity")},
            {QStringLiteral("id"), homePage() + QStringLiteral("/etapes/") + v.step},
            {QStringLiteral("definition"),
             QJsonObject{{QStringLiteral("name"),
                          QJsonObject{{QStringLiteral("fr-FR"), StepKeys::labelOf(v.step)}}}}}};
        const QJsonObject result{
            {QStringLiteral("duration"), isoDuration(v.durationMs)},
            {QStringLiteral("extensions"),
             QJsonObject{{kExtensionBase + QStringLiteral("visit"), i + 1},
                         {kExtensionBase + QStringLiteral("errors"), v.mistakes},
                         {kExtensionBase + QStringLiteral("rules"), toArray(rules)}}}};
        make(verb(QStringLiteral("experienced"), QStringLiteral("a parcouru")), step, v.startMs,
             result, false);
    }
    const bool reached = m.outcome == AttemptOutcome::Reached;
    QStringList mistakeRules = m.mistakesByRule.keys();
    const QJsonObject outcomeExtensions{
        {kExtensionBase + QStringLiteral("outcome"), Attempt::outcomeKey(m.outcome)},
        {kExtensionBase + QStringLiteral("errors"), int(m.mistakes.size())},
        {kExtensionBase + QStringLiteral("rules"), toArray(mistakeRules)},
        {kExtensionBase + QStringLiteral("misclicks"), m.misclicks},
        {kExtensionBase + QStringLiteral("backtracks"), m.backtracks},
        {kExtensionBase + QStringLiteral("hints"), m.hintsUsed},
        {kExtensionBase + QStringLiteral("direct"), m.success == SuccessKind::Direct}};
    if (reached) {
        make(verb(QStringLiteral("completed"), QStringLiteral("a terminé")), activity,
             m.timeOnTaskMs,
             {{QStringLiteral("completion"), true},
              {QStringLiteral("duration"), isoDuration(m.timeOnTaskMs)}},
             true);
    }
    make(reached ? verb(QStringLiteral("passed"), QStringLiteral("a réussi"))
                 : verb(QStringLiteral("failed"), QStringLiteral("a échoué")),
         activity, m.timeOnTaskMs,
         {{QStringLiteral("success"), reached},
          {QStringLiteral("duration"), isoDuration(m.timeOnTaskMs)},
          {QStringLiteral("extensions"), outcomeExtensions}},
         true);
    make(verb(QStringLiteral("terminated"), QStringLiteral("a quitté")), activity, m.timeOnTaskMs,
         {{QStringLiteral("duration"), isoDuration(m.timeOnTaskMs)}}, true);
    return statements;
}

} // namespace ameli
