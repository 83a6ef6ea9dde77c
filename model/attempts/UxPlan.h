#pragma once

#include "scenarios/Scenario.h"

#include <QList>
#include <QString>

namespace ameli {

// One task of a UX test: what the participant reads, the situation it starts from (a
// scenario, with the task's own goal and expected path), and an optional time limit.
struct UxTask
{
    QString id;
    QString title;
    QString text;
    Scenario situation;
    qint64 timeLimitMs = 0;
};

// A usability test plan, read from a JSON file (docs/ux-tests.md): tasks that follow one
// another with a reset between them, the Single Ease Question after each, the SUS at the end.
struct UxPlan
{
    QString id;
    QString title;
    QString introduction;
    QList<UxTask> tasks;
    bool askSeq = true;
    bool askSus = true;
    QString sourceFile;
};

} // namespace ameli
