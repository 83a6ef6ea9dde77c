#include "ScenarioParser.h"

#include "identity/Nir.h"
#include "journey/StepKeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace ameli {

namespace {

const QList<std::pair<QString, Scenario::Goal>> kGoals = {
    {QStringLiteral("active"), Scenario::Goal::Active},
    {QStringLiteral("code_sent"), Scenario::Goal::CodeSent},
    {QStringLiteral("activation_started"), Scenario::Goal::ActivationStarted},
    {QStringLiteral("personal_code_chosen"), Scenario::Goal::PersonalCodeChosen},
    {QStringLiteral("email_pending"), Scenario::Goal::EmailPending},
};

} // namespace

QStringList ScenarioParser::states()
{
    return {QStringLiteral("no_code"),
            QStringLiteral("code_sent"),
            QStringLiteral("conditions_accepted"),
            QStringLiteral("personal_code_chosen"),
            QStringLiteral("email_pending"),
            QStringLiteral("active")};
}

QStringList ScenarioParser::goals()
{
    QStringList names;
    for (const auto &[name, goal] : kGoals)
        names << name;
    return names;
}

std::optional<Scenario::Goal> ScenarioParser::goalFromKey(const QString &key)
{
    for (const auto &[name, goal] : kGoals) {
        if (name == key)
            return goal;
    }
    return std::nullopt;
}

bool ScenarioParser::isRuleId(const QString &text)
{
    static const QRegularExpression ruleId(QStringLiteral("^[A-Z][0-9]{1,2}$"));
    return ruleId.match(text).hasMatch();
}

std::optional<Scenario> ScenarioParser::parse(const QByteArray &json, const QString &fileName,
                                              QString *problem)
{
    const auto fail = [problem](const QString &why) -> std::optional<Scenario> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("ScenarioParser", "JSON invalide à l'octet %1 : %2")
                        .arg(error.offset)
                        .arg(error.errorString()));
    }
    if (!doc.isObject())
        return fail(QCoreApplication::translate("ScenarioParser",
                                                "le fichier doit contenir un objet JSON { ... }"));
    const QJsonObject o = doc.object();

    Scenario s;
    s.sourceFile = fileName;
    s.id = o.value(QStringLiteral("id")).toString();
    s.title = o.value(QStringLiteral("title")).toString();
    s.objective = o.value(QStringLiteral("objective")).toString();
    s.symptom = o.value(QStringLiteral("symptom")).toString();
    s.check = o.value(QStringLiteral("check")).toString();
    s.personaNir = o.value(QStringLiteral("persona")).toString();
    if (s.id.isEmpty() || s.id.contains(QLatin1Char(' ')))
        return fail(
            QCoreApplication::translate("ScenarioParser", "« id » manque ou contient un espace"));
    if (s.title.isEmpty())
        return fail(QCoreApplication::translate("ScenarioParser",
                                                "« title » (le titre en français) manque"));
    if (s.objective.isEmpty())
        return fail(QCoreApplication::translate("ScenarioParser",
                                                "« objective » (l'objectif pédagogique) manque"));
    if (!Nir::parse(s.personaNir).isValid())
        return fail(QCoreApplication::translate(
            "ScenarioParser", "« persona » doit être le numéro de sécurité sociale d'une personne "
                              "de démonstration"));
    s.personaNir = Nir::parse(s.personaNir).number();
    for (const QJsonValue &h : o.value(QStringLiteral("hints")).toArray())
        s.hints << h.toString();
    s.task = o.value(QStringLiteral("task")).toString(s.objective);
    // The texts in English for --lang en: an "en" object holding some of title, objective,
    // symptom, task and hints (as many as the French ones).
    const QJsonValue english = o.value(QStringLiteral("en"));
    if (!english.isUndefined()) {
        if (!english.isObject())
            return fail(QCoreApplication::translate(
                "ScenarioParser",
                "« en » doit être un objet { \"title\": ..., \"hints\": [...] }"));
        const QJsonObject en = english.toObject();
        const QJsonArray hints = en.value(QStringLiteral("hints")).toArray();
        if (en.contains(QStringLiteral("hints")) && hints.size() != s.hints.size())
            return fail(QCoreApplication::translate("ScenarioParser",
                                                    "« en.hints » doit avoir autant d'indices "
                                                    "que « hints » (%1)")
                            .arg(s.hints.size()));
        if (QLocale().language() == QLocale::English) {
            s.title = en.value(QStringLiteral("title")).toString(s.title);
            s.objective = en.value(QStringLiteral("objective")).toString(s.objective);
            s.symptom = en.value(QStringLiteral("symptom")).toString(s.symptom);
            s.task = en.value(QStringLiteral("task")).toString(s.task);
            for (qsizetype i = 0; i < hints.size(); ++i)
                s.hints[i] = hints.at(i).toString(s.hints.at(i));
        }
    }
    for (const QJsonValue &v : o.value(QStringLiteral("expectedPath")).toArray()) {
        const QString step = v.toString();
        if (!StepKeys::fromKey(step))
            return fail(
                QCoreApplication::translate(
                    "ScenarioParser", "« expectedPath » : étape inconnue « %1 » (possibles : %2)")
                    .arg(step, StepKeys::allKeys().join(QStringLiteral(", "))));
        s.expectedPath << step;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("symptomRules")).toArray()) {
        const QString rule = v.toString();
        if (!isRuleId(rule))
            return fail(QCoreApplication::translate(
                            "ScenarioParser",
                            "« symptomRules » : « %1 » n'est pas un identifiant de règle (F3, "
                            "V4...)")
                            .arg(rule));
        s.symptomRules << rule;
    }

    const QString goal = o.value(QStringLiteral("goal")).toString(QStringLiteral("active"));
    const std::optional<Scenario::Goal> goalFound = goalFromKey(goal);
    if (goalFound)
        s.goal = *goalFound;
    else
        return fail(QCoreApplication::translate("ScenarioParser",
                                                "« goal » inconnu : « %1 » (possibles : %2)")
                        .arg(goal, goals().join(QStringLiteral(", "))));

    const QJsonObject start = o.value(QStringLiteral("start")).toObject();
    s.start.state = start.value(QStringLiteral("state")).toString(QStringLiteral("no_code"));
    if (!states().contains(s.start.state))
        return fail(QCoreApplication::translate("ScenarioParser",
                                                "« start.state » inconnu : « %1 » (possibles : %2)")
                        .arg(s.start.state, states().join(QStringLiteral(", "))));
    s.start.personalCode = start.value(QStringLiteral("personalCode")).toString();
    s.start.accountEmail = start.value(QStringLiteral("accountEmail")).toString();
    s.start.provisionalCodes = start.value(QStringLiteral("provisionalCodes")).toInt(0);
    s.start.validationMails = start.value(QStringLiteral("validationMails")).toInt(1);
    s.start.failedLogins = start.value(QStringLiteral("failedLogins")).toInt(0);
    s.start.conditionsRefused = start.value(QStringLiteral("conditionsRefused")).toBool(false);
    s.start.otherMails = start.value(QStringLiteral("otherMails")).toInt(0);
    s.start.advanceMinutes = start.value(QStringLiteral("advanceMinutes")).toInt(0);
    const QString reader =
        start.value(QStringLiteral("mailReader")).toString(QStringLiteral("webmail"));
    if (const std::optional<MailReader> found = MailReading::fromKey(reader))
        s.start.mailReader = *found;
    else
        return fail(QCoreApplication::translate(
                        "ScenarioParser",
                        "« start.mailReader » inconnu : « %1 » (possibles : webmail, program)")
                        .arg(reader));
    const int stateIndex = int(states().indexOf(s.start.state));
    if (stateIndex >= 3 && s.start.personalCode.isEmpty())
        return fail(QCoreApplication::translate(
            "ScenarioParser", "« start.personalCode » est nécessaire à partir de l'état "
                              "« personal_code_chosen »"));
    // Every number has a bound a training situation never needs to pass: a file asking for
    // two billion mails is refused, with the field named, instead of freezing the window.
    struct Bound
    {
        const char *field;
        qint64 value;
        qint64 least;
        qint64 most;
    };
    const Bound bounds[] = {
        {"advanceMinutes", s.start.advanceMinutes, 0, 366LL * 24 * 60},
        {"provisionalCodes", s.start.provisionalCodes, 0, 10},
        {"validationMails", s.start.validationMails, 1, 10},
        {"failedLogins", s.start.failedLogins, 0, 10},
        {"otherMails", s.start.otherMails, 0, 200},
    };
    for (const Bound &b : bounds) {
        const QJsonValue raw = start.value(QLatin1String(b.field));
        const bool notAnInteger =
            !raw.isUndefined() && (!raw.isDouble() || raw.toDouble() != double(raw.toInteger()));
        const qint64 value = raw.isUndefined() ? b.value : raw.toInteger();
        if (notAnInteger || value < b.least || value > b.most)
            return fail(QCoreApplication::translate("ScenarioParser",
                                                    "« start.%1 » doit être un nombre entier "
                                                    "de %2 à %3")
                            .arg(QLatin1String(b.field))
                            .arg(b.least)
                            .arg(b.most));
    }

    for (const QJsonValue &v : o.value(QStringLiteral("providers")).toArray()) {
        const QJsonObject p = v.toObject();
        ProviderRule rule;
        rule.addressPattern = p.value(QStringLiteral("pattern")).toString();
        const QString behaviour = p.value(QStringLiteral("behaviour")).toString();
        if (behaviour == u"spam")
            rule.behaviour = ProviderRule::Behaviour::ToSpam;
        else if (behaviour == u"delete_containing")
            rule.behaviour = ProviderRule::Behaviour::DeleteContaining;
        else if (behaviour == u"block_links")
            rule.behaviour = ProviderRule::Behaviour::BlockLinks;
        else if (behaviour == u"program_blocks_links")
            rule.behaviour = ProviderRule::Behaviour::ProgramBlocksLinks;
        else
            return fail(QCoreApplication::translate(
                            "ScenarioParser", "« providers » : comportement inconnu « %1 » (spam, "
                                              "delete_containing, block_links, "
                                              "program_blocks_links)")
                            .arg(behaviour));
        rule.word = p.value(QStringLiteral("word")).toString();
        if (rule.addressPattern.isEmpty())
            return fail(QCoreApplication::translate("ScenarioParser",
                                                    "« providers » : « pattern » manque"));
        s.providers.append(rule);
    }
    return s;
}

} // namespace ameli
