#include "HelpFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace {

QString firstExisting(const QStringList &candidates)
{
    for (const QString &path : candidates) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

} // namespace

QStringList HelpFiles::searchedFolders()
{
    // Relative to the program: /usr/bin/../share/doc works for any install prefix.
    const QDir bin(QCoreApplication::applicationDirPath());
    return {bin.absoluteFilePath(QStringLiteral("../share/doc/ameli-simulator")),
            QStringLiteral(AMELI_SOURCE_DIR)};
}

QString HelpFiles::userGuide()
{
    QStringList candidates;
    for (const QString &folder : searchedFolders())
        candidates << QDir(folder).filePath(QStringLiteral("README.md"));
    return firstExisting(candidates);
}

QString HelpFiles::licence()
{
    return firstExisting(
        {QStringLiteral("/usr/share/common-licenses/GPL-3"),
         QDir(QStringLiteral(AMELI_SOURCE_DIR)).filePath(QStringLiteral("LICENSE"))});
}
