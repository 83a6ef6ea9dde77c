#pragma once

#include <QDir>
#include <QWidget>

// With AMELI_SHOTS=DIR in the environment, GUI tests leave pictures of what they drove there,
// for a person to look at; without it they write nothing.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AMELI_SHOTS");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
