#include "CommandLine.h"
#include "PersonaImportCommand.h"
#include "clock/SimulationClock.h"
#include "personas/DemoPersonas.h"
#include "security/SecretHasher.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
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

} // namespace

int main(int argc, char **argv)
{
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-dd hh:mm:ss} %{category} %{type}: %{message}"));
    const bool window = wantsWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app = window ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ameli-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMELI_VERSION));

    CommandLine options;
    if (const std::optional<int> exitCode = CommandLine::parse(app->arguments(), options))
        return *exitCode;

    ameli::SimulationClock clock;
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

    QLabel placeholder(
        QStringLiteral("Simulateur du compte ameli : base %1").arg(database->path()));
    placeholder.show();
    return app->exec();
}
