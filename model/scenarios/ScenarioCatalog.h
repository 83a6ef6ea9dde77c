#pragma once

#include "Scenario.h"

#include <optional>

namespace ameli {

struct ScenarioLoadError
{
    QString file;
    QString problem;
};

// The built-in scenarios (resources/scenarios) and the trainers' own (a folder of JSON files).
// A malformed file is reported with its name and the problem; the others still load.
class ScenarioCatalog
{
public:
    // Where trainers drop their files: ~/.local/share/ameli-simulator/scenarios.
    static QString userFolder();

    void load(const QString &userFolder = ScenarioCatalog::userFolder());
    const QList<Scenario> &scenarios() const { return m_scenarios; }
    const QList<ScenarioLoadError> &errors() const { return m_errors; }
    std::optional<Scenario> find(const QString &id) const;

private:
    void loadFile(const QString &path, const QString &shownName);

    QList<Scenario> m_scenarios;
    QList<ScenarioLoadError> m_errors;
};

} // namespace ameli
