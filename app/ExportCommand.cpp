#include "ExportCommand.h"

#include "attempts/AttemptExporter.h"

#include <QCoreApplication>
#include <QTextStream>
#include <unistd.h>

int ExportCommand::run(const QString &directory, const ameli::AttemptFilter &filter,
                       const ameli::Database &records)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const bool terminal = isatty(STDERR_FILENO) == 1;
    int shownPercent = -1;
    const ameli::ExportResult result =
        ameli::AttemptExporter(records).exportTo(directory, filter, [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (total < 50 || percent == shownPercent || (!terminal && percent % 10 != 0))
                return;
            shownPercent = percent;
            err << (terminal ? "\r" : "")
                << QCoreApplication::translate("ExportCommand", "Export : %1 / %2 tentatives")
                       .arg(done)
                       .arg(total)
                << (terminal ? "" : "\n");
            err.flush();
        });
    if (shownPercent >= 0 && terminal)
        err << '\n';
    if (!result.ok) {
        err << result.message << '\n';
        return 1;
    }
    out << result.message << '\n';
    for (const QString &file : result.files)
        out << file << '\n';
    return 0;
}
