#pragma once

#include "AttemptMeasures.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace ameli {

// An attempt as xAPI 1.0.3 statements (readable by xAPI 2.0 stores), with cmi5's verbs:
// initialized first, one "experienced" statement per step with its duration, errors and rules,
// completed when the objective was reached, passed or failed, terminated last. The actor is an
// account whose name is the participant code: nothing else identifies anyone.
class XapiStatements
{
public:
    static QList<QJsonObject> of(const Attempt &attempt, const AttemptMeasures &measures);
    // The attempt's registration: the same UUID at every export of the same attempt.
    static QUuid registration(const Attempt &attempt);
    // ISO 8601 duration: PT4M5.250S.
    static QString isoDuration(qint64 ms);
    static QString homePage() { return QStringLiteral("https://simulateur-ameli.invalid"); }
};

} // namespace ameli
