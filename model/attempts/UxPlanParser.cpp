#include "UxPlanParser.h"

#include "journey/StepKeys.h"
#include "scenarios/ScenarioCatalog.h"
#include "scenarios/ScenarioParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ameli {

namespace {

bool isIdentifier(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char(' ')) && !id.contains(QLatin1Char('/'));
}

} // namespace

std::optional<UxPlan> UxPlanParser::load(const QString &path, const ScenarioCatalog &catalog,
                                         QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = QCoreApplication::translate("UxPlanParser", "%1 : %2")
                           .arg(path, file.errorString());
        return std::nullopt;
    }
    // A plan is a few kilobytes; anything much larger is not one.
    constexpr qint64 kMaxBytes = 1 << 20;
    if (file.size() > kMaxBytes) {
        if (problem)
            *problem = QCoreApplication::translate("UxPlanParser",
                                                   "%1 : le fichier est trop gros pour un plan "
                                                   "de test (plus de 1 Mo)")
                           .arg(path);
        return std::nullopt;
    }
    QString why;
    std::optional<UxPlan> plan = parse(file.readAll(), path, catalog, &why);
    if (!plan && problem)
        *problem = QCoreApplication::translate("UxPlanParser", "%1 : %2").arg(path, why);
    return plan;
}

std::optional<UxPlan> UxPlanParser::parse(const QByteArray &json, const QString &fileName,
                                          const ScenarioCatalog &catalog, QString *problem)
{
    const auto fail = [problem](const QString &why) -> std::optional<UxPlan> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("UxPlanParser", "JSON invalide à l'octet %1 : %2")
                        .arg(error.offset)
                        .arg(error.errorString()));
    }
    if (!doc.isObject())
        return fail(QCoreApplication::translate("UxPlanParser",
                                                "le fichier doit contenir un objet JSON { ... }"));
    const QJsonObject o = doc.object();
    UxPlan plan;
    plan.sourceFile = fileName;
    plan.id = o.value(QStringLiteral("id")).toString();
    plan.title = o.value(QStringLiteral("title")).toString();
    plan.introduction = o.value(QStringLiteral("introduction")).toString();
    if (!isIdentifier(plan.id))
        return fail(QCoreApplication::translate(
            "UxPlanParser", "« id » manque ou contient un espace ou une barre oblique"));
    if (plan.title.isEmpty())
        return fail(
            QCoreApplication::translate("UxPlanParser", "« title » (le titre du test) manque"));
    const QJsonObject questionnaires = o.value(QStringLiteral("questionnaires")).toObject();
    plan.askSeq = questionnaires.value(QStringLiteral("seq")).toBool(true);
    plan.askSus = questionnaires.value(QStringLiteral("sus")).toBool(true);

    const QJsonArray tasks = o.value(QStringLiteral("tasks")).toArray();
    if (tasks.isEmpty())
        return fail(QCoreApplication::translate("UxPlanParser",
                                                "« tasks » manque ou ne contient aucune tâche"));
    if (tasks.size() > kMaxTasks)
        return fail(
            QCoreApplication::translate("UxPlanParser", "« tasks » : au plus %1 tâches par plan")
                .arg(kMaxTasks));
    QSet<QString> ids;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QJsonObject t = tasks.at(i).toObject();
        const QString where = QCoreApplication::translate("UxPlanParser", "tâche %1").arg(i + 1);
        const auto taskFail = [&](const QString &why) {
            return fail(where + QStringLiteral(" : ") + why);
        };
        UxTask task;
        task.id = t.value(QStringLiteral("id")).toString();
        task.title = t.value(QStringLiteral("title")).toString();
        task.text = t.value(QStringLiteral("text")).toString();
        if (!isIdentifier(task.id))
            return taskFail(QCoreApplication::translate(
                "UxPlanParser", "« id » manque ou contient un espace ou une barre oblique"));
        if (ids.contains(task.id))
            return taskFail(
                QCoreApplication::translate("UxPlanParser", "l'identifiant « %1 » est déjà pris")
                    .arg(task.id));
        ids.insert(task.id);
        if (task.title.isEmpty())
            return taskFail(QCoreApplication::translate("UxPlanParser", "« title » manque"));
        if (task.text.isEmpty())
            return taskFail(QCoreApplication::translate(
                "UxPlanParser", "« text » (la consigne lue par le participant) manque"));

        // The situation: a scenario of the catalog, or one written in the task itself.
        QJsonObject situation;
        const QString scenarioId = t.value(QStringLiteral("scenario")).toString();
        if (!scenarioId.isEmpty()) {
            const std::optional<Scenario> known = catalog.find(scenarioId);
            if (!known)
                return taskFail(
                    QCoreApplication::translate("UxPlanParser",
                                                "« scenario » inconnu : « %1 » (ameli-simulator "
                                                "--list-scenarios donne la liste)")
                        .arg(scenarioId));
            task.situation = *known;
        } else if (t.contains(QStringLiteral("persona"))) {
            for (const char *key : {"persona", "start", "providers", "goal"}) {
                const QString k = QLatin1String(key);
                if (t.contains(k))
                    situation.insert(k, t.value(k));
            }
            situation.insert(QStringLiteral("id"), plan.id + QLatin1Char('-') + task.id);
            situation.insert(QStringLiteral("title"), task.title);
            situation.insert(QStringLiteral("objective"), task.text);
            QString why;
            const std::optional<Scenario> inline_ =
                ScenarioParser::parse(QJsonDocument(situation).toJson(), fileName, &why);
            if (!inline_)
                return taskFail(why);
            task.situation = *inline_;
        } else {
            return taskFail(QCoreApplication::translate(
                "UxPlanParser", "il faut « scenario » (un scénario existant) ou « persona » et "
                                "« start » (une situation de départ)"));
        }

        if (t.contains(QStringLiteral("goal"))) {
            const QString goal = t.value(QStringLiteral("goal")).toString();
            const std::optional<Scenario::Goal> parsed = ScenarioParser::goalFromKey(goal);
            if (!parsed)
                return taskFail(QCoreApplication::translate(
                                    "UxPlanParser", "« goal » inconnu : « %1 » (possibles : %2)")
                                    .arg(goal, ScenarioParser::goals().join(QStringLiteral(", "))));
            task.situation.goal = *parsed;
        }
        if (t.contains(QStringLiteral("expectedPath"))) {
            task.situation.expectedPath.clear();
            for (const QJsonValue &v : t.value(QStringLiteral("expectedPath")).toArray()) {
                if (!StepKeys::fromKey(v.toString()))
                    return taskFail(
                        QCoreApplication::translate(
                            "UxPlanParser",
                            "« expectedPath » : étape inconnue « %1 » (possibles : %2)")
                            .arg(v.toString(), StepKeys::allKeys().join(QStringLiteral(", "))));
                task.situation.expectedPath << v.toString();
            }
        }
        if (t.contains(QStringLiteral("symptomRules"))) {
            task.situation.symptomRules.clear();
            for (const QJsonValue &v : t.value(QStringLiteral("symptomRules")).toArray()) {
                if (!ScenarioParser::isRuleId(v.toString()))
                    return taskFail(QCoreApplication::translate(
                                        "UxPlanParser", "« symptomRules » : « %1 » n'est pas un "
                                                        "identifiant de règle (F3, V4...)")
                                        .arg(v.toString()));
                task.situation.symptomRules << v.toString();
            }
        }
        if (t.contains(QStringLiteral("timeLimitMinutes"))) {
            const double minutes = t.value(QStringLiteral("timeLimitMinutes")).toDouble(-1);
            if (minutes < 1 || minutes > kMaxTimeLimitMinutes)
                return taskFail(
                    QCoreApplication::translate(
                        "UxPlanParser", "« timeLimitMinutes » doit être un nombre de 1 à %1")
                        .arg(kMaxTimeLimitMinutes));
            task.timeLimitMs = qint64(minutes * 60000);
        }
        task.situation.task = task.text;
        plan.tasks << task;
    }
    return plan;
}

} // namespace ameli
