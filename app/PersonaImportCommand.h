#pragma once

#include <QString>

namespace ameli {
class Database;
class SimulationClock;
} // namespace ameli

// `--import-personas FILE`: imports a cohort without opening a window, reporting progress and
// every bad line on the terminal. Returns the process's exit status.
class PersonaImportCommand
{
public:
    static int run(const QString &file, const ameli::Database &database,
                   const ameli::SimulationClock &clock);
};
