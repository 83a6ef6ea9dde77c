#pragma once

#include "AgentDiagnosis.h"

namespace ameli {

class Database;
class SimulationClock;

// Reads a person's account and mails as the agent's tools would, and says what to tell the
// caller for the state the account is in.
class AgentAdvisor
{
public:
    static AgentDiagnosis diagnose(const Database &database, const SimulationClock &clock,
                                   qint64 personId);
};

} // namespace ameli
