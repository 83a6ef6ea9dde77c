#pragma once

#include "attempts/AttemptDigest.h"

#include <QString>

// PDF reports for a trainer's file or a UX report, made with Qt's own PDF writer (A4, fonts
// embedded, page numbers): one attempt with its timeline, mistakes and notes, or a group with
// its charts.
class ReportWriter
{
public:
    // False, with a French reason, when the file cannot be written.
    static bool writeAttempt(const QString &path, const ameli::AttemptDigest &digest,
                             const QList<ameli::AttemptEvent> &events,
                             const QList<ameli::AttemptNote> &notes, QString *error);
    static bool writeGroups(const QString &path, const QList<ameli::GroupMeasures> &groups,
                            const QString &filterText, QString *error);

    static QString attemptHtml(const ameli::AttemptDigest &digest,
                               const QList<ameli::AttemptNote> &notes);
};
