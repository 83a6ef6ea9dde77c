#include "AttemptExporter.h"

#include "MeasureCalculator.h"
#include "MeasureText.h"
#include "Questionnaires.h"
#include "XapiStatements.h"
#include "journey/StepKeys.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <cstdio>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcRecording)

namespace ameli {

namespace {

const char kAttemptsCsv[] = "attempts.csv";
const char kStepsCsv[] = "steps.csv";
const char kEventsCsv[] = "events.csv";
const char kAttemptsJson[] = "attempts.json";
const char kStatements[] = "statements.jsonl";

// A text cell: quoted when it holds the separator, a quote or a line break; a leading = + - @
// is neutralised so that a spreadsheet never reads a cell as a formula.
QString textCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(';')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString numberCell(qint64 n)
{
    return QString::number(n);
}

// French spreadsheets read a decimal comma.
QString decimalCell(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))
                 : QString();
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// "2026-03-02T09:00:01.250Z" (iso) or "2026-03-02 10:00:01" from milliseconds since the epoch,
// by arithmetic: QDateTime's formatting, once per event, was a tenth of an export's time.
QString fastTime(qint64 ms, bool iso)
{
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 rest = ms - days * 86400000;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buffer[32];
    const int hh = int(rest / 3600000);
    rest %= 3600000;
    const int mm = int(rest / 60000);
    rest %= 60000;
    const int ss = int(rest / 1000);
    const int milli = int(rest % 1000);
    const int n =
        iso ? std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02d:%02d:%02d.%03dZ", y,
                            m, d, hh, mm, ss, milli)
            : std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld %02d:%02d:%02d", y, m, d,
                            hh, mm, ss);
    return QString::fromLatin1(buffer, n);
}

QByteArray row(const QStringList &cells)
{
    return cells.join(QLatin1Char(';')).toUtf8() + "\r\n";
}

QString successKey(SuccessKind kind)
{
    switch (kind) {
    case SuccessKind::Direct:
        return QStringLiteral("direct");
    case SuccessKind::Indirect:
        return QStringLiteral("indirect");
    case SuccessKind::None:
        break;
    }
    return QStringLiteral("none");
}

QString rulesCell(const QMap<QString, int> &byRule)
{
    QStringList parts;
    for (auto it = byRule.begin(); it != byRule.end(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(','));
}

QStringList symptomRules(const AttemptMeasures &m)
{
    QStringList rules;
    for (const ErrorOccurrence &e : m.symptoms) {
        for (const QString &r : e.rules) {
            if (!rules.contains(r))
                rules << r;
        }
    }
    return rules;
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonArray errorsJson(const QList<ErrorOccurrence> &errors)
{
    QJsonArray a;
    for (const ErrorOccurrence &e : errors) {
        a.append(QJsonObject{{QStringLiteral("atMs"), e.atMs},
                             {QStringLiteral("step"), e.step},
                             {QStringLiteral("rules"), stringArray(e.rules)},
                             {QStringLiteral("problem"), e.problem},
                             {QStringLiteral("message"), e.message}});
    }
    return a;
}

// A JSON string literal, written by hand: an export has hundreds of thousands of events, and
// building a QJsonObject for each costs more than everything else together.
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xf];
        } else if (u < 0x80) {
            out += char(u);
        } else {
            out += QString(c).toUtf8();
        }
    }
    out += '"';
}

QByteArray eventJson(const AttemptEvent &e, const QString &simTime)
{
    QByteArray out;
    out.reserve(256);
    out += "{\"seq\":" + QByteArray::number(e.seq) + ",\"kind\":";
    appendJsonString(out, AttemptEvent::kindKey(e.kind));
    out += ",\"elapsedMs\":" + QByteArray::number(e.elapsedMs) + ",\"simTime\":";
    appendJsonString(out, simTime);
    const std::pair<const char *, const QString *> texts[] = {
        {"step", &e.step}, {"target", &e.target}, {"field", &e.field}};
    for (const auto &[name, value] : texts) {
        out += ",\"";
        out += name;
        out += "\":";
        appendJsonString(out, *value);
    }
    out += ",\"length\":" + QByteArray::number(e.length) +
           ",\"count\":" + QByteArray::number(e.count) + ",\"rules\":[";
    for (qsizetype i = 0; i < e.rules.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, e.rules.at(i));
    }
    out += "]";
    const std::pair<const char *, const QString *> more[] = {{"problem", &e.problem},
                                                             {"message", &e.message}};
    for (const auto &[name, value] : more) {
        out += ",\"";
        out += name;
        out += "\":";
        appendJsonString(out, *value);
    }
    out += ",\"x\":" + QByteArray::number(e.x) + ",\"y\":" + QByteArray::number(e.y) + ",\"area\":";
    appendJsonString(out, e.area);
    out += ",\"detail\":";
    appendJsonString(out, e.detail);
    out += '}';
    return out;
}

struct OutputFile
{
    QString finalPath;
    QString tempPath;
    std::unique_ptr<QFile> file;
};

} // namespace

AttemptExporter::AttemptExporter(const Database &records)
    : m_records(records)
{
}

QStringList AttemptExporter::fileNames()
{
    return {QLatin1String(kAttemptsCsv), QLatin1String(kStepsCsv), QLatin1String(kEventsCsv),
            QLatin1String(kAttemptsJson), QLatin1String(kStatements)};
}

ExportResult AttemptExporter::exportTo(const QString &directory, const AttemptFilter &filter,
                                       const Progress &progress) const
{
    ExportResult result;
    const QFileInfo info(directory);
    const QString shown = info.absoluteFilePath();
    if (info.exists() && !info.isDir()) {
        result.message = QCoreApplication::translate(
                             "AttemptExporter",
                             "« %1 » est un fichier, pas un dossier : choisissez un dossier pour "
                             "l'export.")
                             .arg(shown);
        return result;
    }
    const bool created = !info.exists();
    if (created && !QDir().mkpath(directory)) {
        result.message = QCoreApplication::translate(
                             "AttemptExporter",
                             "Impossible de créer le dossier « %1 » : vérifiez le chemin et vos "
                             "droits d'écriture. Rien n'a été exporté.")
                             .arg(shown);
        return result;
    }
    const QDir dir(directory);
    for (const QString &name : fileNames()) {
        const QFileInfo existing(dir.filePath(name));
        if (existing.exists() && !existing.isFile()) {
            result.message = QCoreApplication::translate(
                                 "AttemptExporter",
                                 "« %1 » existe déjà et n'est pas un fichier : l'export ne peut "
                                 "pas le remplacer. Rien n'a été exporté.")
                                 .arg(existing.absoluteFilePath());
            return result;
        }
    }

    std::vector<OutputFile> outputs;
    const auto cleanUp = [&] {
        for (OutputFile &o : outputs) {
            if (o.file)
                o.file->close();
            QFile::remove(o.tempPath);
        }
        if (created)
            QDir().rmdir(directory);
    };
    const auto fail = [&](const QString &why) {
        cleanUp();
        result.ok = false;
        result.files.clear();
        result.message = why + QLatin1Char(' ') +
                         QCoreApplication::translate("AttemptExporter", "Rien n'a été exporté.");
        return result;
    };
    const auto writeFailure = [&](const QFile &file) {
        return QCoreApplication::translate("AttemptExporter",
                                           "Impossible d'écrire dans le dossier « %1 » : %2.")
            .arg(shown, file.errorString());
    };

    for (const QString &name : fileNames()) {
        OutputFile o;
        o.finalPath = dir.filePath(name);
        o.tempPath = dir.filePath(QStringLiteral(".%1.partiel").arg(name));
        o.file = std::make_unique<QFile>(o.tempPath);
        const bool opened = o.file->open(QIODevice::WriteOnly | QIODevice::Truncate);
        outputs.push_back(std::move(o));
        if (!opened)
            return fail(writeFailure(*outputs.back().file));
    }
    QFile &attemptsCsv = *outputs[0].file;
    QFile &stepsCsv = *outputs[1].file;
    QFile &eventsCsv = *outputs[2].file;
    QFile &json = *outputs[3].file;
    QFile &statements = *outputs[4].file;
    const QByteArray bom("\xEF\xBB\xBF");
    attemptsCsv.write(bom + row({QStringLiteral("attempt_id"),
                                 QStringLiteral("participant"),
                                 QStringLiteral("mode"),
                                 QStringLiteral("scenario_id"),
                                 QStringLiteral("scenario_title"),
                                 QStringLiteral("plan_id"),
                                 QStringLiteral("plan_run_id"),
                                 QStringLiteral("task_id"),
                                 QStringLiteral("task_title"),
                                 QStringLiteral("started_at"),
                                 QStringLiteral("ended_at"),
                                 QStringLiteral("outcome"),
                                 QStringLiteral("success"),
                                 QStringLiteral("time_on_task_ms"),
                                 QStringLiteral("time_on_task"),
                                 QStringLiteral("mistakes"),
                                 QStringLiteral("mistakes_by_rule"),
                                 QStringLiteral("symptoms"),
                                 QStringLiteral("misclicks"),
                                 QStringLiteral("backtracks"),
                                 QStringLiteral("detours"),
                                 QStringLiteral("hints"),
                                 QStringLiteral("seq"),
                                 QStringLiteral("sus"),
                                 QStringLiteral("expected_path"),
                                 QStringLiteral("path_taken")}));
    stepsCsv.write(bom + row({QStringLiteral("attempt_id"), QStringLiteral("participant"),
                              QStringLiteral("visit"), QStringLiteral("step"),
                              QStringLiteral("step_label"), QStringLiteral("start_ms"),
                              QStringLiteral("duration_ms"), QStringLiteral("mistakes")}));
    eventsCsv.write(
        bom +
        row({QStringLiteral("attempt_id"), QStringLiteral("participant"), QStringLiteral("seq"),
             QStringLiteral("kind"), QStringLiteral("elapsed_ms"), QStringLiteral("sim_time"),
             QStringLiteral("step"), QStringLiteral("target"), QStringLiteral("field"),
             QStringLiteral("length"), QStringLiteral("count"), QStringLiteral("rules"),
             QStringLiteral("problem"), QStringLiteral("message"), QStringLiteral("x"),
             QStringLiteral("y"), QStringLiteral("area"), QStringLiteral("detail")}));
    json.write(QByteArrayLiteral("{\"format\":\"ameli-simulator-attempts\",\"version\":1,"
                                 "\"exportedAt\":\"") +
               isoTime(QDateTime::currentDateTimeUtc()).toUtf8() +
               QByteArrayLiteral("\",\"attempts\":[\n"));

    const AttemptRepository repository(m_records);
    try {
        const int total = int(repository.list(filter).size());
        QHash<qint64, std::optional<double>> susOfRun;
        const auto susFor = [&](qint64 runId) -> std::optional<double> {
            if (runId <= 0)
                return std::nullopt;
            if (!susOfRun.contains(runId)) {
                QList<int> answers;
                for (const QuestionnaireAnswer &a : repository.answersOfPlanRun(runId)) {
                    if (a.questionnaire == u"SUS")
                        answers << a.value;
                }
                susOfRun.insert(runId, Questionnaires::susScore(answers));
            }
            return susOfRun.value(runId);
        };
        bool first = true;
        repository.forEachAttempt(filter, [&](const Attempt &a, const QList<AttemptEvent> &events) {
            const AttemptMeasures m = MeasureCalculator::compute(a, events);
            const std::optional<double> sus = susFor(a.spec.planRunId);
            const QString id = numberCell(a.id);
            const QString who = textCell(a.spec.participant);
            attemptsCsv.write(row({id,
                                   who,
                                   Attempt::modeKey(a.spec.mode),
                                   textCell(a.spec.scenarioId),
                                   textCell(a.spec.scenarioTitle),
                                   textCell(a.spec.planId),
                                   a.spec.planRunId > 0 ? numberCell(a.spec.planRunId) : QString(),
                                   textCell(a.spec.taskId),
                                   textCell(a.spec.taskTitle),
                                   localTime(a.startedAt),
                                   localTime(a.endedAt),
                                   Attempt::outcomeKey(a.outcome),
                                   successKey(m.success),
                                   numberCell(m.timeOnTaskMs),
                                   textCell(MeasureText::duration(m.timeOnTaskMs)),
                                   numberCell(m.mistakes.size()),
                                   rulesCell(m.mistakesByRule),
                                   symptomRules(m).join(QLatin1Char(',')),
                                   numberCell(m.misclicks),
                                   numberCell(m.backtracks),
                                   numberCell(m.detours),
                                   numberCell(m.hintsUsed),
                                   m.seq ? numberCell(*m.seq) : QString(),
                                   decimalCell(sus),
                                   m.expectedPath.join(QLatin1Char('>')),
                                   m.pathTaken.join(QLatin1Char('>'))}));
            QJsonArray stepsJson;
            for (int i = 0; i < m.visits.size(); ++i) {
                const StepVisit &v = m.visits.at(i);
                stepsCsv.write(
                    row({id, who, numberCell(i + 1), v.step, textCell(StepKeys::labelOf(v.step)),
                         numberCell(v.startMs), numberCell(v.durationMs), numberCell(v.mistakes)}));
                stepsJson.append(QJsonObject{{QStringLiteral("visit"), i + 1},
                                             {QStringLiteral("step"), v.step},
                                             {QStringLiteral("label"), StepKeys::labelOf(v.step)},
                                             {QStringLiteral("startMs"), v.startMs},
                                             {QStringLiteral("durationMs"), v.durationMs},
                                             {QStringLiteral("mistakes"), v.mistakes}});
            }
            QByteArray eventsJson = "[";
            // One time zone offset per attempt: converting each event's time is the slow part.
            const qint64 offset =
                events.isEmpty() ? 0 : events.first().simTime.toLocalTime().offsetFromUtc();
            for (const AttemptEvent &e : events) {
                const qint64 utcMs = e.simTime.toMSecsSinceEpoch();
                const QString simLocal = fastTime(utcMs + offset * 1000, false);
                // What was typed (AttemptEvent::value) is never exported.
                eventsCsv.write(
                    row({id, who, numberCell(e.seq), AttemptEvent::kindKey(e.kind),
                         numberCell(e.elapsedMs), simLocal, e.step, textCell(e.target),
                         textCell(e.field), numberCell(e.length), numberCell(e.count),
                         e.rules.join(QLatin1Char(',')), e.problem, textCell(e.message),
                         numberCell(e.x), numberCell(e.y), e.area, textCell(e.detail)}));
                if (eventsJson.size() > 1)
                    eventsJson += ',';
                eventsJson += eventJson(e, fastTime(utcMs, true));
            }
            eventsJson += ']';
            QJsonArray notesJson;
            for (const AttemptNote &n : repository.notes(a.id)) {
                notesJson.append(QJsonObject{{QStringLiteral("atMs"), n.atMs},
                                             {QStringLiteral("text"), n.text},
                                             {QStringLiteral("writtenAt"), isoTime(n.writtenAt)}});
            }
            QJsonObject mistakesByRule;
            for (auto it = m.mistakesByRule.begin(); it != m.mistakesByRule.end(); ++it)
                mistakesByRule.insert(it.key(), it.value());
            QJsonObject o{{QStringLiteral("id"), a.id},
                          {QStringLiteral("participant"), a.spec.participant},
                          {QStringLiteral("mode"), Attempt::modeKey(a.spec.mode)},
                          {QStringLiteral("scenarioId"), a.spec.scenarioId},
                          {QStringLiteral("scenarioTitle"), a.spec.scenarioTitle},
                          {QStringLiteral("planId"), a.spec.planId},
                          {QStringLiteral("planRunId"), a.spec.planRunId},
                          {QStringLiteral("taskId"), a.spec.taskId},
                          {QStringLiteral("taskTitle"), a.spec.taskTitle},
                          {QStringLiteral("goal"), a.spec.goal},
                          {QStringLiteral("startedAt"), isoTime(a.startedAt)},
                          {QStringLiteral("endedAt"), isoTime(a.endedAt)},
                          {QStringLiteral("outcome"), Attempt::outcomeKey(a.outcome)},
                          {QStringLiteral("success"), successKey(m.success)},
                          {QStringLiteral("timeOnTaskMs"), m.timeOnTaskMs},
                          {QStringLiteral("expectedPath"), stringArray(m.expectedPath)},
                          {QStringLiteral("pathTaken"), stringArray(m.pathTaken)},
                          {QStringLiteral("mistakes"), errorsJson(m.mistakes)},
                          {QStringLiteral("symptoms"), errorsJson(m.symptoms)},
                          {QStringLiteral("mistakesByRule"), mistakesByRule},
                          {QStringLiteral("misclicks"), m.misclicks},
                          {QStringLiteral("backtracks"), m.backtracks},
                          {QStringLiteral("detours"), m.detours},
                          {QStringLiteral("hints"), m.hintsUsed},
                          {QStringLiteral("seq"), m.seq ? QJsonValue(*m.seq) : QJsonValue()},
                          {QStringLiteral("sus"), sus ? QJsonValue(*sus) : QJsonValue()},
                          {QStringLiteral("steps"), stepsJson},
                          {QStringLiteral("notes"), notesJson}};
            if (!first)
                json.write(",\n");
            first = false;
            QByteArray attemptJson = QJsonDocument(o).toJson(QJsonDocument::Compact);
            attemptJson.chop(1); // the closing brace: the events go in before it
            json.write(attemptJson + ",\"events\":" + eventsJson + '}');
            for (const QJsonObject &s : XapiStatements::of(a, m))
                statements.write(QJsonDocument(s).toJson(QJsonDocument::Compact) + '\n');
            ++result.attempts;
            result.events += int(events.size());
            if (progress)
                progress(result.attempts, total);
        });
        QJsonArray runs;
        for (const PlanRun &r : repository.planRuns(filter)) {
            QJsonArray sus;
            QList<int> values;
            for (const QuestionnaireAnswer &a : repository.answersOfPlanRun(r.id)) {
                if (a.questionnaire == u"SUS") {
                    sus.append(a.value);
                    values << a.value;
                }
            }
            const std::optional<double> score = Questionnaires::susScore(values);
            runs.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("planId"), r.planId},
                {QStringLiteral("planTitle"), r.planTitle},
                {QStringLiteral("participant"), r.participant},
                {QStringLiteral("startedAt"), isoTime(r.startedAt)},
                {QStringLiteral("endedAt"), isoTime(r.endedAt)},
                {QStringLiteral("susAnswers"), sus},
                {QStringLiteral("susScore"), score ? QJsonValue(*score) : QJsonValue()}});
        }
        json.write(QByteArrayLiteral("\n],\"planRuns\":") +
                   QJsonDocument(runs).toJson(QJsonDocument::Compact) + QByteArrayLiteral("}\n"));
    } catch (const StoreError &e) {
        qCWarning(lcRecording) << "export failed:" << e.detail();
        return fail(e.message());
    }

    for (OutputFile &o : outputs) {
        if (!o.file->flush() || o.file->error() != QFileDevice::NoError)
            return fail(writeFailure(*o.file));
        o.file->close();
    }
    // Every file is whole: only now do they take their names.
    for (OutputFile &o : outputs) {
        if (std::rename(QFile::encodeName(o.tempPath).constData(),
                        QFile::encodeName(o.finalPath).constData()) != 0) {
            return fail(QCoreApplication::translate("AttemptExporter",
                                                    "Impossible de nommer le fichier « %1 ».")
                            .arg(o.finalPath));
        }
        result.files << o.finalPath;
    }
    result.ok = true;
    result.message =
        QCoreApplication::translate("AttemptExporter",
                                    "%1 tentative(s) et %2 événement(s) exportés dans « %3 ».")
            .arg(result.attempts)
            .arg(result.events)
            .arg(shown);
    return result;
}

} // namespace ameli
