#include "TestWorld.h"
#include "agent/AgentAdvisor.h"
#include "scenarios/ScenarioCatalog.h"
#include "scenarios/ScenarioSetup.h"

using namespace ameli;
using namespace std::chrono_literals;

// The agent's view: what happened, where each mail went, what to tell the caller; never a code.
class TestAgentAdvisor : public QObject
{
    Q_OBJECT

    ScenarioCatalog m_catalog;

    AgentDiagnosis diagnoseScenario(TestWorld &w, const char *id)
    {
        const ScenarioRun run =
            ScenarioSetup::apply(*w.db, SecretHasher(SecretHasher::Cost::Minimal), w.clock,
                                 *m_catalog.find(QLatin1String(id)));
        return AgentAdvisor::diagnose(*w.db, w.clock, run.personId);
    }

    static QString eventsText(const AgentDiagnosis &d)
    {
        QStringList lines;
        for (const auto &e : d.events)
            lines << e.text;
        return lines.join(u'\n');
    }

private slots:
    void initTestCase() { m_catalog.load(QStringLiteral("/nonexistent")); }

    void neverShowsACodeOrTheWholeNumber()
    {
        TestWorld w;
        w.requestCode();
        const QString code = w.latestProvisionalCode();
        const AgentDiagnosis d = AgentAdvisor::diagnose(*w.db, w.clock, w.personId);
        const QString all = d.person + d.state + eventsText(d) + d.advice;
        QVERIFY(!all.contains(code));
        QVERIFY(!all.contains(QLatin1String(TestWorld::kNir)));
        QVERIFY(d.person.contains(QStringLiteral("28507********")));
        QVERIFY(eventsText(d).contains(u"Code provisoire envoyé"));
        QVERIFY(d.advice.contains(u"valable jusqu'au"));
    }

    // F6: the agent sees that the code expired.
    void expiredCodeIsSaid_F6()
    {
        TestWorld w;
        w.requestCode();
        w.advance(31min);
        const AgentDiagnosis d = AgentAdvisor::diagnose(*w.db, w.clock, w.personId);
        QVERIFY(eventsText(d).contains(u": expiré"));
        QVERIFY(d.advice.contains(u"refaire « Code oublié ? »"));
    }

    // T2, T4, T5, T6, T1: where the validation mail went, and what to check.
    void whereTheMailWent_T1_T2_T4_T5_T6_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("advice");
        QTest::newRow("T2 spam") << "t2-courrier-indesirable"
                                 << "courriels indésirables"
                                 << "courriels indésirables";
        QTest::newRow("T5 deleted") << "t5-suppression-automatique"
                                    << "supprimé automatiquement"
                                    << "proposer une autre adresse";
        QTest::newRow("T6 blocked") << "t6-lien-bloque"
                                    << "lien bloqué par l'antivirus"
                                    << "autre messagerie";
        QTest::newRow("T4 program") << "t4-logiciel-de-messagerie"
                                    << "bloqué dans le logiciel de messagerie"
                                    << "messagerie en ligne du fournisseur";
        QTest::newRow("T1 typo") << "t1-adresse-erronee"
                                 << "camile.martin@exemple.fr"
                                 << "faute de frappe";
        QTest::newRow("V5 forgotten") << "validation-j25"
                                      << "expiré"
                                      << "n'est plus mémorisée";
        QTest::newRow("L3 locked") << "compte-bloque"
                                   << ""
                                   << "bloqué jusqu'au";
        QTest::newRow("C2 refused") << "conditions-refusees"
                                    << "refusées"
                                    << "recommencer";
    }

    void whereTheMailWent_T1_T2_T4_T5_T6()
    {
        QFETCH(QString, id);
        QFETCH(QString, event);
        QFETCH(QString, advice);
        TestWorld w(false);
        const AgentDiagnosis d = diagnoseScenario(w, id.toLatin1().constData());
        QVERIFY2(eventsText(d).contains(event), qPrintable(eventsText(d)));
        QVERIFY2(d.advice.contains(advice), qPrintable(d.advice));
    }

    // T1 within the 7 days: the agent is told the typed address differs from the known one.
    void typoIsPointedOut_T1()
    {
        TestWorld w;
        w.walkToValidationPending(QStringLiteral("camile.martin@exemple.fr"));
        const AgentDiagnosis d = AgentAdvisor::diagnose(*w.db, w.clock, w.personId);
        QVERIFY2(d.advice.contains(u"faute de frappe"), qPrintable(d.advice));
    }
};

QTEST_MAIN(TestAgentAdvisor)
#include "tst_agentadvisor.moc"
