#include "StationCommand.h"

#include <iterator>

namespace ameli {

namespace {

struct KindKey
{
    StationCommand::Kind kind;
    const char *key;
};

const KindKey kKeys[] = {
    {StationCommand::Kind::StartScenario, "start_scenario"},
    {StationCommand::Kind::MoveClock, "move_clock"},
    {StationCommand::Kind::Reset, "reset"},
    {StationCommand::Kind::Pause, "pause"},
    {StationCommand::Kind::Resume, "resume"},
    {StationCommand::Kind::End, "end"},
};

} // namespace

QString StationCommand::key(Kind kind)
{
    for (const KindKey &k : kKeys) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<StationCommand::Kind> StationCommand::kindOf(const QString &key)
{
    for (const KindKey &k : kKeys) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

} // namespace ameli
