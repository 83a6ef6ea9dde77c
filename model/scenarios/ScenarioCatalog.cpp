#include "ScenarioCatalog.h"

#include "ScenarioParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ameli {

QString ScenarioCatalog::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/scenarios");
}

void ScenarioCatalog::load(const QString &folder)
{
    m_scenarios.clear();
    m_errors.clear();
    const QDir builtIn(QStringLiteral(":/scenarios"));
    for (const QString &name :
         builtIn.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        loadFile(builtIn.filePath(name), name);
    const QDir mine(folder);
    for (const QString &name : mine.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        loadFile(mine.filePath(name), mine.filePath(name));
}

void ScenarioCatalog::loadFile(const QString &path, const QString &shownName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({shownName, file.errorString()});
        return;
    }
    QString problem;
    std::optional<Scenario> scenario = ScenarioParser::parse(file.readAll(), shownName, &problem);
    if (!scenario) {
        m_errors.append({shownName, problem});
        return;
    }
    if (const auto same = find(scenario->id)) {
        m_errors.append(
            {shownName, QCoreApplication::translate("ScenarioCatalog",
                                                    "l'identifiant « %1 » est déjà celui de %2")
                            .arg(scenario->id, same->sourceFile)});
        return;
    }
    m_scenarios.append(*scenario);
}

std::optional<Scenario> ScenarioCatalog::find(const QString &id) const
{
    for (const Scenario &s : m_scenarios) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

} // namespace ameli
