#include "GuiWorld.h"
#include "TestStore.h"
#include "attempts/AttemptRecorder.h"
#include "classroom/DashboardWindow.h"
#include "classroom/StationLink.h"
#include "classroom/StationTile.h"
#include "journey/StepKeys.h"
#include "recording/InteractionTap.h"
#include "scenarios/ScenarioCatalog.h"
#include "trainer/ScenarioSession.h"
#include "trainer/TrainerPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using namespace ameli;

namespace {

// A station of the room as main() builds it: its window, scenario session, trainer's panel
// (hidden) and its link to the room.
struct StationWorld : GuiWorld
{
    ScenarioCatalog catalog;
    SecretHasher hasher{SecretHasher::Cost::Minimal};
    std::unique_ptr<AttemptRecorder> recorder;
    std::unique_ptr<ScenarioSession> session;
    TrainerPanel *panel = nullptr;
    std::unique_ptr<StationLink> link;

    StationWorld()
        : GuiWorld(true)
    {
        catalog.load(QStringLiteral("/nonexistent"));
        recorder = std::make_unique<AttemptRecorder>(*db, clock);
        session = std::make_unique<ScenarioSession>(*db, hasher, clock, *recorder);
        new InteractionTap(*recorder, *journey, *window, clock);
        panel = new TrainerPanel(*journey, *db, clock, *session, catalog, *window);
        window->setTrainerPanel(panel);
        link = std::make_unique<StationLink>(*db, *window, clock, *session, *panel);
    }

    ~StationWorld()
    {
        link.reset();
        panel->deleteLater();
        recorder->end(AttemptOutcome::Interrupted);
    }
};

std::unique_ptr<Database> trainerOnServer()
{
    const QString role = QStringLiteral("formateur-gui-%1").arg(QCoreApplication::applicationPid());
    Database(TestStore::administrator(), Database::SchemaPolicy::Migrate).addTrainerRole(role);
    return std::make_unique<Database>(TestStore::administrator().as(role));
}

} // namespace

// The trainer's dashboard and a station, both real windows on the throwaway server: the
// station's steps reach its tile within a second through the server's notifications, and the
// dashboard's commands, clicked, reach the station within a second.
class TestClassroomGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!TestStore::onServer())
            QSKIP("runs as tst_classroomgui_pg, on the throwaway server");
    }

    void dashboardFollowsAStationAndCommandsIt()
    {
        StationWorld station;
        const auto trainer = trainerOnServer();
        ScenarioCatalog catalog;
        catalog.load(QStringLiteral("/nonexistent"));
        DashboardWindow dashboard(*trainer, catalog);
        dashboard.show();
        const QString name = station.db->station();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.tile(name), 1000);
        StationTile *tile = dashboard.tile(name);

        // A step of the station's journey: on its tile within a second.
        station.window->follow(NavigationLink::ConnectYourself);
        QTRY_VERIFY_WITH_TIMEOUT(
            tile->stepLabel()->text().contains(StepKeys::label(JourneyStep::Login)), 1000);

        // No station chosen: the dashboard says so, and sends nothing.
        UserActions::click(dashboard.button(QStringLiteral("+30 min")));
        QVERIFY(dashboard.notice()->text().contains(u"Choisissez"));

        const QDateTime before = station.clock.now();
        UserActions::click(tile->selectBox());
        UserActions::click(dashboard.button(QStringLiteral("+30 min")));
        QVERIFY(dashboard.notice()->text().contains(name));
        QTRY_COMPARE_WITH_TIMEOUT(before.secsTo(station.clock.now()), qint64(30 * 60), 1000);

        UserActions::click(dashboard.button(QStringLiteral("Pause")));
        QTRY_VERIFY_WITH_TIMEOUT(!station.window->currentPage()->isEnabled(), 1000);
        QVERIFY(station.window->storeNotice()->text().contains(u"Pause demandée"));
        QTRY_VERIFY_WITH_TIMEOUT(tile->stateLabel()->text().contains(u"En pause"), 1000);
        UserActions::click(dashboard.button(QStringLiteral("Reprendre")));
        QTRY_VERIFY_WITH_TIMEOUT(station.window->currentPage()->isEnabled(), 1000);

        // A scenario started from the dashboard: the station plays it, its tile says which.
        const int index =
            dashboard.scenarioBox()->findData(QStringLiteral("code-provisoire-expire"));
        QVERIFY(index >= 0);
        dashboard.scenarioBox()->setCurrentIndex(index);
        UserActions::click(dashboard.button(QStringLiteral("Démarrer le scénario")));
        QTRY_VERIFY_WITH_TIMEOUT(station.session->run() && station.session->run()->scenario.id ==
                                                               u"code-provisoire-expire",
                                 1000);
        QTRY_VERIFY_WITH_TIMEOUT(
            tile->accessibleDescription().contains(dashboard.scenarioBox()->itemText(index)), 1000);
    }
};

QTEST_MAIN(TestClassroomGui)
#include "tst_classroomgui.moc"
