#include "HandoutCommand.h"

#include "handout/HandoutWriter.h"
#include "tour/StoryboardTour.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

int HandoutCommand::run(MainWindow &window, ameli::JourneyService &journey,
                        ameli::SimulationClock &clock, const ameli::Database &world,
                        const ameli::Scenario &followed, const QString &path, const QSize &size)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QHash<QString, QImage> screens;
    StoryboardTour::Options options;
    options.windowSize = size;
    options.withDebrief = false;
    StoryboardTour tour(
        window, journey, clock, world, followed,
        [&screens](const QString &name, const QImage &picture) {
            screens.insert(name, picture);
            return name;
        },
        options);
    tour.setProgress([&out](int shots) {
        out << QCoreApplication::translate("HandoutCommand", "Écran %1 dessiné").arg(shots)
            << Qt::endl;
    });
    QString error;
    tour.run(&error);
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    const bool written = HandoutWriter::write(path, screens, &error, [&out](int page, int pages) {
        out << QCoreApplication::translate("HandoutCommand", "Page %1 sur %2 écrite")
                   .arg(page)
                   .arg(pages)
            << Qt::endl;
    });
    if (!written) {
        err << error << '\n';
        return 1;
    }
    out << QCoreApplication::translate("HandoutCommand", "Pas-à-pas écrit : %1 (%2 pages)")
               .arg(path)
               .arg(HandoutWriter::pageCount())
        << Qt::endl;
    return 0;
}
