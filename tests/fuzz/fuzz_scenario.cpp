#include "scenarios/ScenarioParser.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// A trainer's scenario file (docs/scenarios.md): refused with a reason, never a crash.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString problem;
    const auto scenario = ameli::ScenarioParser::parse(json, QStringLiteral("fuzz.json"), &problem);
    if (!scenario && problem.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
