#include "CommandLine.h"
#include "MainWindow.h"
#include "PersonaImportCommand.h"
#include "Theme.h"
#include "Translations.h"
#include "clock/SimulationClock.h"
#include "journey/JourneyService.h"
#include "personas/DemoPersonas.h"
#include "security/SecretHasher.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "tour/StoryboardTour.h"

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
        for (const char *flag : {"--import-personas", "-h", "--help", "-v", "--version"}) {
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

    ameli::SimulationClock clock;
    // The tour walks a fresh store of its own: it never changes the trainer's data.
    QTemporaryDir tourStore;
    if (!options.tourDirectory.isEmpty())
        options.databasePath = tourStore.filePath(QStringLiteral("tour.sqlite"));
    std::unique_ptr<ameli::Database> database;
    try {
        database = std::make_unique<ameli::Database>(options.databasePath);
        ameli::DemoPersonas::seedIfEmpty(*database, ameli::SecretHasher(), clock);
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
    mainWindow.show();
    return app->exec();
}
