#include "attempts/UxPlanParser.h"
#include "scenarios/ScenarioCatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ameli;

namespace {

ScenarioCatalog builtIn()
{
    ScenarioCatalog catalog;
    catalog.load(QStringLiteral("/nonexistent"));
    return catalog;
}

const char kThreeTasks[] = R"({
  "id": "activation-2026",
  "title": "Test d'utilisabilité : activer son compte",
  "introduction": "Merci de participer.",
  "tasks": [
    { "id": "code", "title": "Obtenir un code provisoire",
      "text": "Vous avez oublié votre code : obtenez-en un nouveau.",
      "scenario": "nominal", "goal": "code_sent",
      "expectedPath": ["home", "login", "forgotten_code", "code_sent"],
      "timeLimitMinutes": 10 },
    { "id": "spam", "title": "Retrouver le mail",
      "text": "Le mail de confirmation n'est pas arrivé : activez votre compte.",
      "scenario": "t2-courrier-indesirable" },
    { "id": "libre", "title": "Choisir un code",
      "text": "Choisissez votre code personnel.",
      "persona": "2850775056123",
      "start": { "state": "conditions_accepted" },
      "goal": "personal_code_chosen",
      "expectedPath": ["home", "login", "personal_code", "contact_details"],
      "symptomRules": ["P5"] }
  ],
  "questionnaires": { "seq": true, "sus": true }
})";

} // namespace

// UX test plans: tasks built on scenarios or on a situation of their own; a malformed file is
// refused with the task and the field named.
class TestUxPlanParser : public QObject
{
    Q_OBJECT

private slots:
    void readsAPlanOfThreeTasks()
    {
        const ScenarioCatalog catalog = builtIn();
        QString problem;
        const std::optional<UxPlan> plan = UxPlanParser::parse(
            QByteArray(kThreeTasks), QStringLiteral("plan.json"), catalog, &problem);
        QVERIFY2(plan, qPrintable(problem));
        QCOMPARE(plan->id, QStringLiteral("activation-2026"));
        QCOMPARE(plan->tasks.size(), 3);
        QVERIFY(plan->askSeq && plan->askSus);
        const UxTask &first = plan->tasks.at(0);
        QCOMPARE(first.situation.id, QStringLiteral("nominal"));
        QCOMPARE(first.situation.goal, Scenario::Goal::CodeSent);
        QCOMPARE(first.situation.expectedPath.size(), 4);
        QCOMPARE(first.timeLimitMs, qint64(600000));
        QCOMPARE(first.situation.task, first.text);
        const UxTask &second = plan->tasks.at(1);
        // What the scenario declares stays unless the task says otherwise.
        QCOMPARE(second.situation.goal, Scenario::Goal::Active);
        QCOMPARE(second.situation.expectedPath,
                 catalog.find(QStringLiteral("t2-courrier-indesirable"))->expectedPath);
        QCOMPARE(second.timeLimitMs, qint64(0));
        const UxTask &third = plan->tasks.at(2);
        QCOMPARE(third.situation.personaNir, QStringLiteral("2850775056123"));
        QCOMPARE(third.situation.start.state, QStringLiteral("conditions_accepted"));
        QCOMPARE(third.situation.symptomRules, QStringList{QStringLiteral("P5")});
    }

    // The example the README points testers to is a valid plan.
    void documentedExamplePlanIsValid()
    {
        QString problem;
        const std::optional<UxPlan> plan = UxPlanParser::load(
            QStringLiteral(AMELI_SOURCE_DIR "/docs/examples/plan-activation.json"), builtIn(),
            &problem);
        QVERIFY2(plan, qPrintable(problem));
        QCOMPARE(plan->tasks.size(), 3);
    }

    void malformedPlansAreRefusedWithTheirProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("{ \"id\": ") << QStringLiteral("JSON invalide");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("objet JSON");
        QTest::newRow("no id") << QByteArray(R"({"title":"T","tasks":[]})")
                               << QStringLiteral("« id »");
        QTest::newRow("no task") << QByteArray(R"({"id":"p","title":"T","tasks":[]})")
                                 << QStringLiteral("« tasks »");
        QTest::newRow("task without text")
            << QByteArray(
                   R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","scenario":"nominal"}]})")
            << QStringLiteral("tâche 1 : « text »");
        QTest::newRow("unknown scenario")
            << QByteArray(
                   R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x","scenario":"inconnu"}]})")
            << QStringLiteral("tâche 1 : « scenario » inconnu : « inconnu »");
        QTest::newRow("neither scenario nor situation")
            << QByteArray(R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x"}]})")
            << QStringLiteral("tâche 1 : il faut « scenario »");
        QTest::newRow("two tasks with one id")
            << QByteArray(
                   R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x","scenario":"nominal"},{"id":"a","title":"B","text":"y","scenario":"nominal"}]})")
            << QStringLiteral("tâche 2 : l'identifiant « a » est déjà pris");
        QTest::newRow("unknown step")
            << QByteArray(
                   R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x","scenario":"nominal","expectedPath":["home","nulle-part"]}]})")
            << QStringLiteral("étape inconnue « nulle-part »");
        QTest::newRow("unknown goal")
            << QByteArray(
                   R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x","scenario":"nominal","goal":"gagner"}]})")
            << QStringLiteral("« goal » inconnu : « gagner »");
        QTest::newRow("time limit of a year")
            << QByteArray(
                   R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x","scenario":"nominal","timeLimitMinutes":525600}]})")
            << QStringLiteral("« timeLimitMinutes »");
        QTest::newRow("not a rule")
            << QByteArray(
                   R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x","scenario":"nominal","symptomRules":["règle 5"]}]})")
            << QStringLiteral("« symptomRules »");
        QTest::newRow("inline situation with a wrong persona")
            << QByteArray(
                   R"({"id":"p","title":"T","tasks":[{"id":"a","title":"A","text":"x","persona":"123"}]})")
            << QStringLiteral("tâche 1 : « persona »");
    }

    void malformedPlansAreRefusedWithTheirProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QString why;
        QVERIFY(!UxPlanParser::parse(json, QStringLiteral("plan.json"), builtIn(), &why));
        QVERIFY2(why.contains(problem), qPrintable(why));
    }

    // A file that cannot be read, or is far too large to be a plan, is named with its problem.
    void unreadableOrHugeFilesAreRefused()
    {
        QString why;
        QVERIFY(!UxPlanParser::load(QStringLiteral("/nonexistent/plan.json"), builtIn(), &why));
        QVERIFY(why.startsWith(QStringLiteral("/nonexistent/plan.json : ")));
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(2 << 20, ' '));
        big.close();
        QVERIFY(!UxPlanParser::load(big.fileName(), builtIn(), &why));
        QVERIFY(why.contains(u"trop gros"));
    }
};

QTEST_GUILESS_MAIN(TestUxPlanParser)
#include "tst_uxplanparser.moc"
