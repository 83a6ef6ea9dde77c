#pragma once

#include "JourneyResult.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ameli {

// The journey's steps as stable words (stored in the event log, written in scenario and plan
// files, exported) and as the French names people read in a debrief.
class StepKeys
{
public:
    static QString key(JourneyStep step);
    static std::optional<JourneyStep> fromKey(const QString &key);
    static QString label(JourneyStep step);
    // The label of a stored key; an unknown key is shown as it is.
    static QString labelOf(const QString &key);
    static QStringList allKeys();
};

} // namespace ameli
