#include "CommandLine.h"
#include "ExportCommand.h"
#include "FirstPaintReporter.h"
#include "HandoutCommand.h"
#include "InstallServerCommand.h"
#include "MainWindow.h"
#include "PersonaImportCommand.h"
#include "StoreChoice.h"
#include "Theme.h"
#include "Translations.h"
#include "Version.h"
#include "attempts/AttemptRecorder.h"
#include "attempts/UxPlanParser.h"
#include "classroom/DashboardWindow.h"
#include "classroom/StationLink.h"
#include "clock/SimulationClock.h"
#include "debrief/DebriefWindow.h"
#include "journey/JourneyService.h"
#include "kiosk/KioskController.h"
#include "participant/ParticipantCard.h"
#include "personas/DemoPersonas.h"
#include "recording/InteractionTap.h"
#include "scenarios/ScenarioCatalog.h"
#include "security/SecretHasher.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "tour/StoryboardTour.h"
#include "trainer/ScenarioSession.h"
#include "trainer/TrainerPanel.h"
#include "ux/UxPlanSession.h"
#include "widgets/HiddenListItems.h"
#include "widgets/ScrollAreaAccessible.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>
#include <cstring>
#include <memory>

namespace {

void reportFatal(const QString &message, bool window)
{
    QTextStream(stderr) << message << '\n';
    // On the offscreen platform (a test, the storyboard) nobody could close the dialog.
    if (window && QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(nullptr, QStringLiteral("Simulateur ameli"), message);
}

int runTour(MainWindow &window, ameli::JourneyService &journey, ameli::SimulationClock &clock,
            const ameli::Database &world, const ameli::ScenarioCatalog &catalog,
            const QString &directory, const QSize &size)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QDir().mkpath(directory)) {
        err << QCoreApplication::translate("main", "Impossible de créer le dossier %1.")
                   .arg(directory)
            << '\n';
        return 2;
    }
    StoryboardTour::Options tourOptions;
    tourOptions.windowSize = size;
    StoryboardTour tour(window, journey, clock, world,
                        catalog.find(QStringLiteral("nominal")).value_or(ameli::Scenario()),
                        StoryboardTour::pngFilesIn(QDir(directory)), tourOptions);
    QString error;
    const QStringList written = tour.run(&error);
    for (const QString &file : written)
        out << file << '\n';
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    return 0;
}

int listScenarios(const ameli::ScenarioCatalog &catalog)
{
    QTextStream out(stdout);
    for (const ameli::Scenario &s : catalog.scenarios())
        out << s.id << '\t' << s.title << '\n';
    QTextStream err(stderr);
    for (const ameli::ScenarioLoadError &e : catalog.errors())
        err << QCoreApplication::translate("main", "Fichier de scénario refusé, %1 : %2")
                   .arg(e.file, e.problem)
            << '\n';
    return catalog.errors().isEmpty() ? 0 : 1;
}

std::unique_ptr<ameli::Database> openStore(const QString &path, bool window)
{
    try {
        return std::make_unique<ameli::Database>(path);
    } catch (const ameli::StoreError &e) {
        reportFatal(e.message(), window);
        return nullptr;
    }
}

// The user's store: the file, or this station's world on the classroom's server.
std::unique_ptr<ameli::Database> openStore(const CommandLine &options, bool window)
{
    QString problem;
    const std::optional<StoreChoice> choice = StoreChoice::resolve(options, &problem);
    if (!choice) {
        reportFatal(problem, window);
        return nullptr;
    }
    try {
        return choice->open();
    } catch (const ameli::StoreError &e) {
        reportFatal(e.message(), window);
        return nullptr;
    }
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("ameli-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMELI_VERSION_TEXT));
    // The window's icon and its menu entry: the desktop knows them by the .desktop file's name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ameli_simulator.AmeliSimulator"));
}

// What needs no window: listing, exporting, importing, and every check of the command line
// (an unknown scenario, a refused plan). Returns the exit status when the program ends here.
std::optional<int> runWithoutWindow(const CommandLine &options)
{
    ameli::ScenarioCatalog catalog;
    catalog.load();
    if (options.listScenarios)
        return listScenarios(catalog);

    // The attempts on record always live in the user's store (or --db): a scenario or a UX test
    // plays in a temporary world, but what it records must outlive the window.
    if (options.installStations >= 0) {
        QString problem;
        const std::optional<StoreChoice> choice = StoreChoice::resolve(options, &problem);
        if (!choice) {
            reportFatal(problem, false);
            return 2;
        }
        return InstallServerCommand::run(choice->server(), options.server, options.installStations);
    }
    if (!options.exportDirectory.isEmpty()) {
        const std::unique_ptr<ameli::Database> records = openStore(options, false);
        if (!records)
            return 2;
        ameli::AttemptFilter filter;
        filter.participant = options.participant;
        filter.activity = options.scenario;
        filter.since = options.since;
        return ExportCommand::run(options.exportDirectory, filter, *records);
    }
    if (!options.importFile.isEmpty()) {
        const std::unique_ptr<ameli::Database> store = openStore(options, false);
        if (!store)
            return 2;
        ameli::SimulationClock clock;
        try {
            ameli::DemoPersonas::seedIfEmpty(*store, ameli::SecretHasher(), clock);
        } catch (const ameli::StoreError &e) {
            reportFatal(e.message(), false);
            return 2;
        }
        return PersonaImportCommand::run(options.importFile, *store, clock);
    }
    if (!options.scenario.isEmpty() && !catalog.find(options.scenario)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "Scénario inconnu « %1 » : ameli-simulator "
                                           "--list-scenarios donne la liste.")
                                   .arg(options.scenario)
                            << '\n';
        return 2;
    }
    if (!options.uxPlanFile.isEmpty()) {
        QString problem;
        if (!ameli::UxPlanParser::load(options.uxPlanFile, catalog, &problem)) {
            QTextStream(stderr)
                << QCoreApplication::translate("main", "Plan de test refusé, %1").arg(problem)
                << '\n';
            return 2;
        }
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-dd hh:mm:ss} %{category} %{type}: %{message}"));
    CommandLine options;
    {
        // First without a display: help, version, a mistake on the command line, an unknown
        // scenario and the commands without a window answer on a server or over SSH too.
        QCoreApplication console(argc, argv);
        setIdentity();
        Translations::install(console, CommandLine::languageAsked(console.arguments()));
        if (const std::optional<int> exitCode = CommandLine::parse(console.arguments(), options))
            return *exitCode;
        if (const std::optional<int> exitCode = runWithoutWindow(options))
            return *exitCode;
    }

    // The storyboard and the handout need no screen: they draw offscreen unless a platform was
    // asked for, at the scale asked for (2 gives twice the pixels, for print).
    const bool drawsScreens = !options.tourDirectory.isEmpty() || !options.handoutFile.isEmpty();
    if (drawsScreens && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (drawsScreens && options.scale != 1)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(options.scale));
    const bool window = true;
    auto app = std::make_unique<QApplication>(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ameli-simulator.svg")));
    Translations::install(*app, options.language);
    HiddenListItems::install();
    ScrollAreaAccessible::install();

    ameli::ScenarioCatalog catalog;
    catalog.load();
    const bool withScenario = !options.scenario.isEmpty();
    std::optional<ameli::UxPlan> plan;
    if (!options.uxPlanFile.isEmpty())
        plan = ameli::UxPlanParser::load(options.uxPlanFile, catalog, nullptr);

    const bool tour = drawsScreens;
    std::unique_ptr<ameli::Database> records;
    if (!tour) {
        records = openStore(options, window);
        if (!records)
            return 2;
    }
    if (options.dashboard) {
        if (!records->onServer()) {
            reportFatal(QCoreApplication::translate(
                            "main", "Le tableau de bord est celui d'une salle de formation : "
                                    "indiquez son serveur avec --server (voir le README, "
                                    "« Salle de formation »)."),
                        window);
            return 2;
        }
        Theme::apply();
        DashboardWindow dashboard(*records, catalog);
        QPointer<DebriefWindow> results;
        QObject::connect(&dashboard, &DashboardWindow::resultsRequested, &dashboard, [&] {
            if (!results) {
                results = new DebriefWindow(*records);
                results->setAttribute(Qt::WA_DeleteOnClose);
            }
            results->reload();
            results->show();
            results->raise();
        });
        dashboard.show();
        return app->exec();
    }
    if (options.debrief) {
        Theme::apply();
        DebriefWindow debrief(*records);
        debrief.show();
        return app->exec();
    }

    ameli::SimulationClock clock;
    const ameli::SecretHasher hasher;
    // The tour, a scenario and a UX test play on a fresh store of their own: they never change
    // the trainer's data.
    QTemporaryDir ownStore;
    std::unique_ptr<ameli::Database> ownWorld;
    // On a classroom's server, the station's own world is already apart from everyone's.
    if (tour || ((withScenario || plan) && !records->onServer())) {
        ownWorld = openStore(ownStore.filePath(QStringLiteral("simulation.sqlite")), window);
        if (!ownWorld)
            return 2;
    }
    const ameli::Database &world = ownWorld ? *ownWorld : *records;
    try {
        ameli::DemoPersonas::seedIfEmpty(world, hasher, clock);
    } catch (const ameli::StoreError &e) {
        reportFatal(e.message(), window);
        return 2;
    }

    Theme::apply();
    ameli::JourneyService journey(world, clock);
    if (tour) {
        MainWindow mainWindow(journey, world, clock);
        if (!options.handoutFile.isEmpty())
            return HandoutCommand::run(
                mainWindow, journey, clock, world,
                catalog.find(QStringLiteral("nominal")).value_or(ameli::Scenario()),
                options.handoutFile, options.tourSize);
        return runTour(mainWindow, journey, clock, world, catalog, options.tourDirectory,
                       options.tourSize);
    }

    // Declared before the window: it outlives every screen that reports to it.
    ameli::AttemptRecorder recorder(*records, clock);
    MainWindow mainWindow(journey, world, clock);
    new InteractionTap(recorder, journey, mainWindow, clock);
    ScenarioSession session(world, hasher, clock, recorder);
    TrainerPanel panel(journey, world, clock, session, catalog, mainWindow);
    panel.setConfirmBeforeErasing(!withScenario && !plan);
    mainWindow.setTrainerPanel(&panel);
    if (!options.participant.isEmpty())
        panel.participantEdit()->setText(options.participant);
    auto *card = new ParticipantCard(&mainWindow);
    mainWindow.addDockWidget(Qt::LeftDockWidgetArea, card);
    card->hide();
    // A station of a classroom: its tile on the trainer's dashboard, the trainer's commands.
    std::unique_ptr<StationLink> station;
    if (records->onServer())
        station = std::make_unique<StationLink>(world, mainWindow, clock, session, panel);
    QPointer<DebriefWindow> debrief;
    QObject::connect(&panel, &TrainerPanel::debriefRequested, &mainWindow, [&] {
        if (!debrief) {
            debrief = new DebriefWindow(*records);
            debrief->setAttribute(Qt::WA_DeleteOnClose);
        }
        debrief->reload();
        debrief->show();
        debrief->raise();
        debrief->activateWindow();
    });
    QObject::connect(&recorder, &ameli::AttemptRecorder::failed, &mainWindow,
                     [&mainWindow](const QString &message) {
                         QTextStream(stderr) << message << '\n';
                         mainWindow.showStoreProblem(message);
                     });
    for (const ameli::ScenarioLoadError &e : catalog.errors()) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Scénario ignoré, %1 : %2")
                                   .arg(e.file, e.problem)
                            << '\n';
    }

    std::unique_ptr<UxPlanSession> uxSession;
    std::unique_ptr<KioskController> kiosk;
    try {
        if (plan) {
            uxSession = std::make_unique<UxPlanSession>(*plan, options.participant, session, *card);
            uxSession->start();
        } else {
            card->follow(session);
            if (withScenario) {
                panel.startScenario(options.scenario);
                panel.show();
            } else if (!options.participant.isEmpty() && !options.kiosk) {
                ameli::AttemptSpec free;
                free.participant = options.participant;
                free.mode = ameli::AttemptMode::Free;
                recorder.begin(free);
            }
        }
    } catch (const ameli::StoreError &e) {
        reportFatal(e.message(), window);
        return 2;
    }
    if (options.trainer)
        panel.show();
    if (options.kiosk) {
        KioskDelays delays;
        delays.idleBeforeWarning = std::chrono::seconds(options.kioskIdleSeconds);
        delays.countdown = std::chrono::seconds(options.kioskCountdownSeconds);
        kiosk = std::make_unique<KioskController>(mainWindow, world, hasher, clock, delays);
        kiosk->attachVisitor(recorder, *card);
        kiosk->start();
    } else {
        mainWindow.show();
    }
    // A big store opened without its pages checked: checked now, off the GUI thread, and a
    // damaged page said above the page.
    QFutureWatcher<QString> pageCheck;
    if (!records->pagesCheckedAtOpen()) {
        QObject::connect(&pageCheck, &QFutureWatcher<QString>::finished, &mainWindow, [&] {
            if (const QString problem = pageCheck.result(); !problem.isEmpty()) {
                QTextStream(stderr) << problem << '\n';
                mainWindow.showStoreProblem(problem);
            }
        });
        const ameli::Database *store = records.get();
        pageCheck.setFuture(QtConcurrent::run([store] { return store->checkPages(); }));
    }
    if (qEnvironmentVariableIsSet("AMELI_REPORT_FIRST_PAINT"))
        new FirstPaintReporter(mainWindow);
    const int status = app->exec();
    pageCheck.waitForFinished();
    recorder.end(ameli::AttemptOutcome::Interrupted);
    return status;
}
