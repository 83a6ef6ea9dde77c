#include "TestWorld.h"
#include "attempts/AttemptExporter.h"
#include "store/AttemptRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <unistd.h>

using namespace ameli;

namespace {

// RFC 4180 with `;`: quoted cells may hold the separator, quotes and line breaks.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row << cell;
            cell.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

AttemptEvent ev(EventKind kind, qint64 ms, const QString &step)
{
    AttemptEvent e;
    e.kind = kind;
    e.elapsedMs = ms;
    e.step = step;
    e.simTime = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addMSecs(ms);
    return e;
}

// A store with attempts of two participants, one of them in a UX test plan with SEQ and SUS.
struct ExportWorld
{
    TestWorld w{false};
    AttemptRepository attempts{*w.db};
    QDateTime day{QDate(2026, 3, 2), QTime(9, 0), Qt::UTC};
    qint64 planRun = 0;
    int events = 0;

    qint64 add(const QString &participant, const QString &scenario, AttemptOutcome outcome,
               const QDateTime &started, bool withMistake, qint64 run = 0)
    {
        AttemptSpec spec;
        spec.participant = participant;
        spec.mode = run > 0 ? AttemptMode::UxTest : AttemptMode::Exam;
        spec.scenarioId = scenario;
        spec.scenarioTitle = QStringLiteral("Scénario ; « %1 »").arg(scenario);
        spec.expectedPath = {QStringLiteral("home"), QStringLiteral("login")};
        spec.symptomRules = {QStringLiteral("V4")};
        if (run > 0) {
            spec.planRunId = run;
            spec.planId = QStringLiteral("plan-a");
            spec.taskId = QStringLiteral("t1");
            spec.taskTitle = QStringLiteral("Tâche 1");
        }
        const qint64 id = attempts.begin(spec, started, started);
        QList<AttemptEvent> list{ev(EventKind::AttemptStarted, 0, QStringLiteral("home")),
                                 ev(EventKind::PageShown, 0, QStringLiteral("home")),
                                 ev(EventKind::PageShown, 3000, QStringLiteral("login"))};
        AttemptEvent typed = ev(EventKind::FieldEdited, 4000, QStringLiteral("login"));
        typed.field = field::code;
        typed.value = QStringLiteral("Secret+Code9"); // never exported, whatever the store holds
        typed.length = 12;
        typed.target = QStringLiteral("=Mon code personnel");
        list << typed;
        if (withMistake) {
            AttemptEvent r = ev(EventKind::ServiceResult, 5000, QStringLiteral("login"));
            r.problem = QStringLiteral("wrong_credentials");
            r.rules = {QStringLiteral("L3")};
            r.message = QStringLiteral("Le numéro ou le code est incorrect ; \"réessayez\".");
            list << r;
        }
        AttemptEvent expired = ev(EventKind::ServiceResult, 5500, QStringLiteral("login"));
        expired.problem = QStringLiteral("link_expired");
        expired.rules = {QStringLiteral("V4")};
        expired.message = QStringLiteral("Le lien n'est plus actif.");
        list << expired;
        list << ev(EventKind::AttemptEnded, 8000, QStringLiteral("login"));
        for (int i = 0; i < list.size(); ++i)
            list[i].seq = i + 1;
        attempts.insertEvents(id, list);
        attempts.end(id, outcome, started.addSecs(8), 8000);
        events += int(list.size());
        return id;
    }

    ExportWorld()
    {
        planRun = attempts.beginPlanRun(QStringLiteral("plan-a"), QStringLiteral("Plan A"),
                                        QStringLiteral("P03"), day);
        add(QStringLiteral("P01"), QStringLiteral("nominal"), AttemptOutcome::Reached, day, false);
        add(QStringLiteral("P02"), QStringLiteral("nominal"), AttemptOutcome::GivenUp,
            day.addDays(1), true);
        const qint64 task = add(QStringLiteral("P03"), QStringLiteral("t2-courrier-indesirable"),
                                AttemptOutcome::Reached, day.addDays(2), true, planRun);
        // As the recorder writes an answer: in the questionnaire table and in the log.
        attempts.addAnswer({planRun, task, QStringLiteral("SEQ"), 1, 5, day});
        AttemptEvent seq = ev(EventKind::QuestionnaireAnswer, 9000, QStringLiteral("login"));
        seq.seq = int(attempts.events(task).size()) + 1;
        seq.target = QStringLiteral("SEQ");
        seq.count = 1;
        seq.value = QStringLiteral("5");
        attempts.insertEvents(task, {seq});
        ++events;
        const int sus[] = {4, 2, 4, 1, 5, 2, 4, 2, 4, 2}; // 80
        for (int i = 0; i < 10; ++i)
            attempts.addAnswer({planRun, 0, QStringLiteral("SUS"), i + 1, sus[i], day});
        attempts.addNote(task, 5000, QStringLiteral("Hésite sur le code"), day);
    }
};

QStringList jsonLines(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

// Exports: CSV for spreadsheets, JSON, and xAPI statements, each parsed back; all written or
// none; nothing identifying beyond the participant code.
class TestAttemptExport : public QObject
{
    Q_OBJECT

private slots:
    void csvFilesReadBackWithTheirColumnsAndCounts()
    {
        ExportWorld x;
        QTemporaryDir out;
        const ExportResult result = AttemptExporter(*x.w.db).exportTo(out.path(), {});
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(result.events, x.events);
        QVERIFY(result.message.contains(u"3 tentative(s)"));

        QFile raw(out.filePath(QStringLiteral("attempts.csv")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBF"
                                         "attempt_id;participant;mode;"));
        const QList<QStringList> attempts = readCsv(raw.fileName());
        QCOMPARE(attempts.size(), 4);
        const QStringList header = attempts.first();
        QCOMPARE(header.size(), 26);
        for (const QStringList &row : attempts)
            QCOMPARE(row.size(), header.size());
        const auto col = [&header](const char *name) {
            return int(header.indexOf(QLatin1String(name)));
        };
        // Oldest first.
        QCOMPARE(attempts.at(1).at(col("participant")), QStringLiteral("P01"));
        QCOMPARE(attempts.at(1).at(col("success")), QStringLiteral("direct"));
        QCOMPARE(attempts.at(1).at(col("scenario_title")),
                 QStringLiteral("Scénario ; « nominal »"));
        QCOMPARE(attempts.at(2).at(col("outcome")), QStringLiteral("given_up"));
        QCOMPARE(attempts.at(2).at(col("mistakes")), QStringLiteral("1"));
        QCOMPARE(attempts.at(2).at(col("mistakes_by_rule")), QStringLiteral("L3:1"));
        QCOMPARE(attempts.at(2).at(col("symptoms")), QStringLiteral("V4"));
        QCOMPARE(attempts.at(3).at(col("seq")), QStringLiteral("5"));
        QCOMPARE(attempts.at(3).at(col("sus")), QStringLiteral("80,0"));
        QCOMPARE(attempts.at(3).at(col("task_id")), QStringLiteral("t1"));
        QCOMPARE(attempts.at(3).at(col("time_on_task_ms")), QStringLiteral("8000"));
        QCOMPARE(attempts.at(3).at(col("path_taken")), QStringLiteral("home>login"));

        const QList<QStringList> steps = readCsv(out.filePath(QStringLiteral("steps.csv")));
        QCOMPARE(steps.size(), 1 + 3 * 2);
        QCOMPARE(steps.at(1).mid(2, 5), (QStringList{QStringLiteral("1"), QStringLiteral("home"),
                                                     QStringLiteral("Accueil ameli.fr"),
                                                     QStringLiteral("0"), QStringLiteral("3000")}));

        const QList<QStringList> events = readCsv(out.filePath(QStringLiteral("events.csv")));
        QCOMPARE(events.size(), 1 + x.events);
        // Simulation times in the machine's local time (the tests run in Europe/Paris).
        const int simTime = int(events.first().indexOf(QStringLiteral("sim_time")));
        QCOMPARE(events.at(3).at(simTime), QStringLiteral("2026-03-02 10:00:03"));
        QVERIFY(!events.first().contains(QStringLiteral("value")));
        bool quoted = false;
        bool neutralised = false;
        for (const QStringList &row : events) {
            quoted =
                quoted ||
                row.contains(QStringLiteral("Le numéro ou le code est incorrect ; \"réessayez\"."));
            neutralised = neutralised || row.contains(QStringLiteral("'=Mon code personnel"));
        }
        QVERIFY(quoted);
        QVERIFY(neutralised);
    }

    void jsonReadsBackWithMeasuresAndPlanRuns()
    {
        ExportWorld x;
        QTemporaryDir out;
        QVERIFY(AttemptExporter(*x.w.db).exportTo(out.path(), {}).ok);
        QFile f(out.filePath(QStringLiteral("attempts.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray attempts = doc.object().value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 3);
        const QJsonObject task = attempts.at(2).toObject();
        QCOMPARE(task.value(QStringLiteral("participant")).toString(), QStringLiteral("P03"));
        QCOMPARE(task.value(QStringLiteral("sus")).toDouble(), 80.0);
        QCOMPARE(task.value(QStringLiteral("seq")).toInt(), 5);
        QCOMPARE(task.value(QStringLiteral("notes")).toArray().size(), 1);
        QCOMPARE(task.value(QStringLiteral("mistakesByRule"))
                     .toObject()
                     .value(QStringLiteral("L3"))
                     .toInt(),
                 1);
        QCOMPARE(task.value(QStringLiteral("symptoms")).toArray().size(), 1);
        for (const QJsonValue &e : task.value(QStringLiteral("events")).toArray())
            QVERIFY(!e.toObject().contains(QStringLiteral("value")));
        const QJsonObject typed = task.value(QStringLiteral("events")).toArray().at(3).toObject();
        QCOMPARE(typed.value(QStringLiteral("kind")).toString(), QStringLiteral("field_edited"));
        QCOMPARE(typed.value(QStringLiteral("simTime")).toString(),
                 QStringLiteral("2026-03-02T09:00:04.000Z"));
        QCOMPARE(typed.value(QStringLiteral("target")).toString(),
                 QStringLiteral("=Mon code personnel"));
        const QJsonArray runs = doc.object().value(QStringLiteral("planRuns")).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("susScore")).toDouble(), 80.0);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("susAnswers")).toArray().size(), 10);
    }

    // Each statement has what xAPI requires; per attempt, cmi5's order: initialized first,
    // terminated last, exactly one of passed or failed, completed only when reached.
    void xapiStatementsFollowCmi5()
    {
        ExportWorld x;
        QTemporaryDir out;
        QVERIFY(AttemptExporter(*x.w.db).exportTo(out.path(), {}).ok);
        QHash<QString, QStringList> verbs;
        QHash<QString, QString> actors;
        QSet<QString> ids;
        for (const QString &line : jsonLines(out.filePath(QStringLiteral("statements.jsonl")))) {
            QJsonParseError error;
            const QJsonObject s = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            for (const char *required : {"id", "actor", "verb", "object", "timestamp"})
                QVERIFY2(s.contains(QLatin1String(required)), required);
            QCOMPARE(s.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.3"));
            QVERIFY(!QUuid::fromString(s.value(QStringLiteral("id")).toString()).isNull());
            QVERIFY(!ids.contains(s.value(QStringLiteral("id")).toString()));
            ids.insert(s.value(QStringLiteral("id")).toString());
            QVERIFY(QDateTime::fromString(s.value(QStringLiteral("timestamp")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
            const QJsonObject account = s.value(QStringLiteral("actor"))
                                            .toObject()
                                            .value(QStringLiteral("account"))
                                            .toObject();
            QVERIFY(!account.value(QStringLiteral("homePage")).toString().isEmpty());
            const QString registration = s.value(QStringLiteral("context"))
                                             .toObject()
                                             .value(QStringLiteral("registration"))
                                             .toString();
            actors[registration] = account.value(QStringLiteral("name")).toString();
            verbs[registration] << s.value(QStringLiteral("verb"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString()
                                       .section(QLatin1Char('/'), -1);
        }
        QCOMPARE(verbs.size(), 3);
        for (auto it = verbs.begin(); it != verbs.end(); ++it) {
            const QStringList &v = it.value();
            QCOMPARE(v.first(), QStringLiteral("initialized"));
            QCOMPARE(v.last(), QStringLiteral("terminated"));
            QCOMPARE(v.count(QStringLiteral("passed")) + v.count(QStringLiteral("failed")), 1);
            QCOMPARE(v.count(QStringLiteral("experienced")), 2);
            const bool passed = v.contains(QStringLiteral("passed"));
            QCOMPARE(v.contains(QStringLiteral("completed")), passed);
            QVERIFY(
                QStringList({QStringLiteral("P01"), QStringLiteral("P02"), QStringLiteral("P03")})
                    .contains(actors.value(it.key())));
        }
    }

    void filtersChooseTheAttempts()
    {
        ExportWorld x;
        const AttemptExporter exporter(*x.w.db);
        QTemporaryDir out;
        AttemptFilter since;
        since.since = x.day.addDays(1);
        QCOMPARE(exporter.exportTo(out.filePath(QStringLiteral("a")), since).attempts, 2);
        QCOMPARE(exporter
                     .exportTo(out.filePath(QStringLiteral("b")),
                               AttemptFilter::ofParticipant(QStringLiteral("P02")))
                     .attempts,
                 1);
        QCOMPARE(exporter
                     .exportTo(out.filePath(QStringLiteral("c")),
                               AttemptFilter::ofActivity(QStringLiteral("nominal")))
                     .attempts,
                 2);
        const ExportResult none = exporter.exportTo(
            out.filePath(QStringLiteral("d")), AttemptFilter::ofParticipant(QStringLiteral("P99")));
        QVERIFY(none.ok);
        QCOMPARE(readCsv(out.filePath(QStringLiteral("d/attempts.csv"))).size(), 1);
    }

    // A folder that cannot be written gets a French message and nothing is left behind.
    void unwritableFoldersLeaveNothingBehind()
    {
        ExportWorld x;
        const AttemptExporter exporter(*x.w.db);
        QTemporaryDir out;
        QFile file(out.filePath(QStringLiteral("un-fichier")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ExportResult r = exporter.exportTo(file.fileName(), {});
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(u"est un fichier, pas un dossier"));
        r = exporter.exportTo(out.filePath(QStringLiteral("un-fichier/dessous")), {});
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(u"Impossible de créer le dossier"));
        // A file of the export's is a folder there: nothing is written, nothing is removed.
        QDir(out.path()).mkpath(QStringLiteral("occupe/events.csv"));
        QFile older(out.filePath(QStringLiteral("occupe/attempts.csv")));
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("ancien export");
        older.close();
        r = exporter.exportTo(out.filePath(QStringLiteral("occupe")), {});
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(u"n'est pas un fichier"));
        QVERIFY(r.message.contains(u"Rien n'a été exporté"));
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("ancien export"));
        QCOMPARE(QDir(out.filePath(QStringLiteral("occupe"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("attempts.csv")});
        if (geteuid() == 0)
            QSKIP("root writes in read-only folders: the rest needs an ordinary user");
        QDir(out.path()).mkpath(QStringLiteral("lecture-seule"));
        QFile::setPermissions(out.filePath(QStringLiteral("lecture-seule")),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        r = exporter.exportTo(out.filePath(QStringLiteral("lecture-seule")), {});
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(u"Impossible d'écrire dans le dossier"));
        QVERIFY(QDir(out.filePath(QStringLiteral("lecture-seule"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttemptExport)
#include "tst_attemptexport.moc"
