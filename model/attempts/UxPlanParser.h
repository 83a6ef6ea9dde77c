#pragma once

#include "UxPlan.h"

#include <QByteArray>
#include <optional>

namespace ameli {

class ScenarioCatalog;

// Reads a UX test plan. A malformed file gives a French reason naming the task and the field.
class UxPlanParser
{
public:
    static constexpr int kMaxTasks = 50;
    static constexpr int kMaxTimeLimitMinutes = 240;

    static std::optional<UxPlan> parse(const QByteArray &json, const QString &fileName,
                                       const ScenarioCatalog &catalog, QString *problem);
    static std::optional<UxPlan> load(const QString &path, const ScenarioCatalog &catalog,
                                      QString *problem);
};

} // namespace ameli
