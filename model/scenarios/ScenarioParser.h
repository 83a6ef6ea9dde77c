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
};

} // namespace ameli
