#pragma once

#include "ScenarioRun.h"
#include "journey/JourneyResult.h"

namespace ameli {

class Database;

// Whether a scenario's goal is reached, from the store alone.
class ScenarioGoal
{
public:
    static bool isReached(const Database &database, const ScenarioRun &run);
    static QString describe(Scenario::Goal goal);
    // What counts as a trainee's mistake in the feedback: a refusal caused by what was typed or
    // done, not a situation the scenario set up on purpose (an expired link, say).
    static bool countsAsMistake(Problem problem);
};

} // namespace ameli
