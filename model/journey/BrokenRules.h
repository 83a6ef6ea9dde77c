#pragma once

#include "JourneyResult.h"

#include <QStringList>

namespace ameli {

// Which rules of the journey (journey-rules.md, docs/rules.md) a refusal comes from: what a
// debrief says next to a mistake ("P5: the code kept the birth date").
class BrokenRules
{
public:
    // In order, without repeats; empty for a success.
    static QStringList of(const JourneyResult &result);
    // The rule a field's own check enforces, when its error names none itself.
    static QString ofField(const QString &fieldName);
};

} // namespace ameli
