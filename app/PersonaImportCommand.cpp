#include "PersonaImportCommand.h"

#include "clock/SimulationClock.h"
#include "personas/PersonaCsvImporter.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <unistd.h>

int PersonaImportCommand::run(const QString &file, const ameli::Database &database,
                              const ameli::SimulationClock &clock)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("PersonaImportCommand",
                                           "Impossible de lire le fichier %1 : %2")
                   .arg(file, input.errorString())
            << '\n';
        return 2;
    }
    // A terminal gets a line that updates in place; a log gets a line every 10 %.
    const bool terminal = isatty(STDERR_FILENO) == 1;
    int shown = -1;
    const auto progress = [&](int percent) {
        const bool saving = percent == ameli::PersonaCsvImporter::kSaving;
        if (input.size() < 64 * 1024 || percent == shown ||
            (!terminal && !saving && percent % 10 != 0))
            return;
        shown = percent;
        err << (terminal ? "\r" : "")
            << (saving
                    ? QCoreApplication::translate("PersonaImportCommand",
                                                  "Import en cours : enregistrement…")
                    : QCoreApplication::translate("PersonaImportCommand", "Import en cours : %1 %")
                          .arg(percent, 3))
                   // Each line covers the one before it in a terminal.
                   .leftJustified(terminal ? 40 : 0)
            << (terminal ? "" : "\n");
        err.flush();
    };
    ameli::ImportReport report;
    try {
        report = ameli::PersonaCsvImporter::import(input, database,
                                                   clock.now().toLocalTime().date(), progress);
    } catch (const ameli::StoreError &e) {
        err << e.message() << '\n';
        return 2;
    }
    if (shown >= 0 && terminal)
        err << '\n';
    if (!report.ok()) {
        for (const QString &line : report.errors)
            err << line << '\n';
        err << QCoreApplication::translate(
                   "PersonaImportCommand",
                   "Aucune personne n'a été importée : corrigez les lignes ci-dessus puis "
                   "relancez l'import.")
            << '\n';
        return 1;
    }
    out << (report.imported == 1 ? QCoreApplication::translate("PersonaImportCommand",
                                                               "1 personne importée dans %1.")
                                       .arg(database.path())
                                 : QCoreApplication::translate("PersonaImportCommand",
                                                               "%1 personnes importées dans %2.")
                                       .arg(report.imported)
                                       .arg(database.path()))
        << '\n';
    return 0;
}
