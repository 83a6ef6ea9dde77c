#pragma once

#include "ScenarioRun.h"

namespace ameli {

class Database;

// Whether a scenario's goal is reached, from the store alone.
class ScenarioGoal
{
public:
    static bool isReached(const Database &database, const ScenarioRun &run);
    static QString describe(Scenario::Goal goal);
};

} // namespace ameli
