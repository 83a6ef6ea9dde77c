#pragma once

#include "Scenario.h"

#include <QDateTime>

namespace ameli {

// A scenario once set up: what its goal is measured against.
struct ScenarioRun
{
    Scenario scenario;
    qint64 personId = 0;
    QDateTime startedAt; // on the simulation clock, once the clock was moved
    QString initialPersonalCodeHash;
    qint64 lastMailIdAtStart = 0;
};

} // namespace ameli
