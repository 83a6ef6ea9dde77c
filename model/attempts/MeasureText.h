#pragma once

#include "AttemptMeasures.h"

#include <QString>

namespace ameli {

// The measures in French words, the same in the trainer's panel, the debrief, the reports and
// the exports' readable columns.
class MeasureText
{
public:
    // "45 s", "4 min 05 s", "1 h 02 min".
    static QString duration(qint64 ms);
    // "Réussite directe", "Réussite indirecte", or the outcome when not reached.
    static QString success(const AttemptMeasures &m);
    // "L3 ×2, P5".
    static QString rules(const QMap<QString, int> &byRule);
    // "P5 — Votre code personnel doit : … (Étape 2 : code personnel, à 4 min 05 s)".
    static QString error(const ErrorOccurrence &e);
    // "67 %".
    static QString percent(double ratio);
    // "0,7" in French, "0.7" in English: the interface's locale.
    static QString decimal(double value);
    // "Accueil ameli.fr → Connexion → …".
    static QString path(const QStringList &steps);
    // A short summary: outcome, time, mistakes, misclicks, hints.
    static QString summary(const AttemptMeasures &m);
    // The mistakes one per line with their rule and message, then the symptoms the situation
    // reproduced (listed, not counted).
    static QStringList errorLines(const AttemptMeasures &m);
};

} // namespace ameli
