#pragma once

#include "Scenario.h"

#include <QByteArray>
#include <optional>

namespace ameli {

// Reads one scenario file. A malformed file gives a French reason naming the problem.
class ScenarioParser
{
public:
    static std::optional<Scenario> parse(const QByteArray &json, const QString &fileName,
                                         QString *problem);
    static QStringList states();
    static QStringList goals();
    static std::optional<Scenario::Goal> goalFromKey(const QString &key);
    // A rule's ID as journey-rules.md writes them: F3, V4, P5...
    static bool isRuleId(const QString &text);
};

} // namespace ameli
