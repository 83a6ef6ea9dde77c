#pragma once

class JourneyRunner;

namespace ameli {
class Database;
class JourneyService;
class SimulationClock;
} // namespace ameli

// What every page works with: the journey's rules, the runner that calls them off the GUI
// thread, the clock and the store (for the mailbox).
struct PageContext
{
    ameli::JourneyService &journey;
    JourneyRunner &runner;
    const ameli::SimulationClock &clock;
    const ameli::Database &database;
};
