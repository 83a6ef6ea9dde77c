#include "StoreChoice.h"

#include <QSettings>
#include <QSysInfo>

namespace {

const QString kServerKey = QStringLiteral("classroom/server");
const QString kStationKey = QStringLiteral("classroom/station");

} // namespace

std::optional<StoreChoice> StoreChoice::resolve(const CommandLine &options, QString *problem)
{
    StoreChoice choice;
    choice.m_path = options.databasePath;
    QSettings settings;
    if (options.forgetServer) {
        settings.remove(kServerKey);
        settings.remove(kStationKey);
    }
    QString server = options.server;
    QString station = options.station;
    if (!options.serverGiven) {
        // A file asked for by name wins over the classroom this station last joined.
        if (options.databaseGiven || options.forgetServer)
            return choice;
        server = settings.value(kServerKey).toString();
        if (server.isEmpty())
            return choice;
        if (station.isEmpty())
            station = settings.value(kStationKey).toString();
        if (options.dashboard && options.station.isEmpty())
            station = QStringLiteral("formateur");
    }
    if (station.isEmpty())
        station = QSysInfo::machineHostName();
    choice.m_server = ameli::ServerLocation::parse(server, station, problem);
    if (!choice.m_server)
        return std::nullopt;
    // The trainer's role is not this machine's station: the dashboard is not remembered.
    if (options.serverGiven && options.installStations < 0 && !options.dashboard) {
        settings.setValue(kServerKey, server);
        settings.setValue(kStationKey, station);
    }
    return choice;
}

std::unique_ptr<ameli::Database> StoreChoice::open(ameli::Database::SchemaPolicy policy) const
{
    if (m_server)
        return std::make_unique<ameli::Database>(*m_server, policy);
    return std::make_unique<ameli::Database>(m_path);
}
