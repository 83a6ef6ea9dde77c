#pragma once

#include "AttemptMeasures.h"
#include "GroupMeasures.h"
#include "store/AttemptRepository.h"

#include <QHash>
#include <QList>

namespace ameli {

// An attempt with its measures: what a list of attempts, a group view and a report read.
struct AttemptDigest
{
    Attempt attempt;
    AttemptMeasures measures;

    // Newest first. Reads each attempt's events once, one attempt at a time.
    static QList<AttemptDigest> load(const Database &records, const AttemptFilter &filter = {});
    // The SUS score of each plan run that has one.
    static QHash<qint64, double> susScores(const Database &records);
    // One group per scenario or task, in the order they first appear.
    static QList<GroupMeasures> groups(const QList<AttemptDigest> &digests,
                                       const QHash<qint64, double> &susByRun);
};

} // namespace ameli
