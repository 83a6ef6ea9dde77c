#pragma once

#include "AttemptEvent.h"
#include "AttemptMeasures.h"

namespace ameli {

// The measures of an attempt, computed from its event log alone: the same numbers wherever
// they are shown.
class MeasureCalculator
{
public:
    static AttemptMeasures compute(const Attempt &attempt, const QList<AttemptEvent> &events);
    // The only kinds of event the measures read: a list of many attempts loads no others.
    static QList<EventKind> kindsMeasured();
};

} // namespace ameli
