#pragma once

#include "JourneyResult.h"

#include <QString>

namespace ameli {

// Each Problem as a stable word, for the event log and the exports.
class ProblemKeys
{
public:
    static QString key(Problem problem);
    // Problem::None for an empty or unknown key.
    static Problem fromKey(const QString &key);
};

} // namespace ameli
