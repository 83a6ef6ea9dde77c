#pragma once

#include "ScenarioRun.h"

namespace ameli {

class Database;
class SecretHasher;
class SimulationClock;

// Puts the store and the clock in a scenario's starting situation: the store is emptied and
// seeded with the demo personas again, the persona's account, mails and providers are set as
// the scenario says, then the clock is moved. Throws StoreError when it cannot.
class ScenarioSetup
{
public:
    static ScenarioRun apply(const Database &database, const SecretHasher &hasher,
                             SimulationClock &clock, const Scenario &scenario);
};

} // namespace ameli
