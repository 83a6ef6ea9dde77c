#include "CommandLine.h"
#include "MainWindow.h"
#include "PersonaImportCommand.h"
#include "Theme.h"
#include "Translations.h"
#include "clock/SimulationClock.h"
#include "journey/JourneyService.h"
#include "kiosk/KioskController.h"
#include "personas/DemoPersonas.h"
#include "scenarios/ScenarioCatalog.h"
#include "security/SecretHasher.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "tour/StoryboardTour.h"
#include "trainer/ScenarioSession.h"
#include "trainer/TrainerPanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstring>
#include <memory>

namespace {

// Import, help and version run without a window, so they work on a server with no display.
bool wantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag :
             {"--import-personas", "--list-scenarios", "-h", "--help", "-v", "--version"}) {
            if (std::strncmp(argv[i], flag, std::strlen(flag)) == 0)
                return false;
        }
    }
    return true;
}

void reportFatal(const QString &message, bool window)
{
    QTextStream(stderr) << message << '\n';
    if (window)
        QMessageBox::critical(nullptr, QStringLiteral("Simulateur ameli"), message);
}

int runTour(MainWindow &window, ameli::JourneyService &journey, ameli::SimulationClock &clock,
            const QString &directory)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!QDir().mkpath(directory)) {
        err << QCoreApplication::translate("main", "Impossible de créer le dossier %1.")
                   .arg(directory)
            << '\n';
        return 2;
    }
    StoryboardTour tour(window, journey, clock, QDir(directory));
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

} // namespace

int main(int argc, char **argv)
{
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-dd hh:mm:ss} %{category} %{type}: %{message}"));
    const bool window = wantsWindow(argc, argv);
    // The storyboard needs no screen: it draws offscreen unless a platform was asked for.
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--tour", 6) == 0 &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app = window ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ameli-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMELI_VERSION));

    CommandLine options;
    if (const std::optional<int> exitCode = CommandLine::parse(app->arguments(), options))
        return *exitCode;
    Translations::install(*app, options.language);

    ameli::ScenarioCatalog catalog;
    catalog.load();
    if (options.listScenarios)
        return listScenarios(catalog);
    const bool withScenario = !options.scenario.isEmpty();
    if (withScenario && !catalog.find(options.scenario)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main", "Scénario inconnu « %1 » : ameli-simulator "
                                           "--list-scenarios donne la liste.")
                                   .arg(options.scenario)
                            << '\n';
        return 2;
    }

    ameli::SimulationClock clock;
    const ameli::SecretHasher hasher;
    // The tour and a scenario run on a fresh store of their own: they never change the
    // trainer's data.
    QTemporaryDir ownStore;
    if (!options.tourDirectory.isEmpty() || withScenario)
        options.databasePath = ownStore.filePath(QStringLiteral("simulation.sqlite"));
    std::unique_ptr<ameli::Database> database;
    try {
        database = std::make_unique<ameli::Database>(options.databasePath);
        ameli::DemoPersonas::seedIfEmpty(*database, hasher, clock);
    } catch (const ameli::StoreError &e) {
        reportFatal(e.message(), window);
        return 2;
    }

    if (!options.importFile.isEmpty())
        return PersonaImportCommand::run(options.importFile, *database, clock);

    Theme::apply();
    ameli::JourneyService journey(*database, clock);
    MainWindow mainWindow(journey, *database, clock);
    if (!options.tourDirectory.isEmpty())
        return runTour(mainWindow, journey, clock, options.tourDirectory);

    ScenarioSession session(*database, hasher, clock);
    TrainerPanel panel(journey, *database, clock, session, catalog, mainWindow);
    panel.setConfirmBeforeErasing(!withScenario);
    mainWindow.setTrainerPanel(&panel);
    for (const ameli::ScenarioLoadError &e : catalog.errors()) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Scénario ignoré, %1 : %2")
                                   .arg(e.file, e.problem)
                            << '\n';
    }
    if (withScenario) {
        panel.startScenario(options.scenario);
        panel.show();
    }
    if (options.trainer)
        panel.show();
    if (options.kiosk) {
        auto *kiosk = new KioskController(mainWindow, *database, hasher, clock);
        kiosk->start();
    } else {
        mainWindow.show();
    }
    return app->exec();
}
