#pragma once

#include "AttemptMeasures.h"

#include <QList>
#include <optional>

namespace ameli {

struct RuleFrequency
{
    QString rule;
    int occurrences = 0; // mistakes breaking it, over every attempt
    int attempts = 0;    // attempts with at least one
};

// Spread of times on task, in milliseconds (quartiles interpolated linearly).
struct TimeSpread
{
    qint64 min = 0;
    qint64 q1 = 0;
    qint64 median = 0;
    qint64 q3 = 0;
    qint64 max = 0;
};

// A group of attempts on one scenario or task: what a room, or a UX test's participants, did.
struct GroupMeasures
{
    QString activityKey;
    QString title;
    int attempts = 0;
    int reached = 0;
    int direct = 0;
    int givenUp = 0;
    int timedOut = 0;
    TimeSpread time;
    double meanMistakes = 0;
    double meanMisclicks = 0;
    double meanHints = 0;
    QList<RuleFrequency> frequentErrors; // most frequent first
    std::optional<double> meanSeq;
    std::optional<double> meanSus;
    int susAnswers = 0;

    double successRate() const { return attempts > 0 ? double(reached) / attempts : 0; }
    double directRate() const { return attempts > 0 ? double(direct) / attempts : 0; }

    static GroupMeasures compute(const QString &activityKey, const QString &title,
                                 const QList<AttemptMeasures> &measures,
                                 const QList<double> &susScores = {});
    static TimeSpread spread(QList<qint64> values);
};

} // namespace ameli
