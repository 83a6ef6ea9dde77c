#pragma once

#include "store/AttemptRepository.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace ameli {

struct ExportResult
{
    bool ok = false;
    QString message; // French: what was written, or what went wrong and what to do
    QStringList files;
    int attempts = 0;
    int events = 0;
};

// The attempts on record as files to analyse (docs/attempts.md): attempts.csv, steps.csv and
// events.csv (UTF-8 with a byte-order mark, `;`-separated, as French spreadsheets expect),
// attempts.json, and statements.jsonl (xAPI). Nothing identifying beyond the participant code,
// never a code, a CAPTCHA answer or what was typed in a field. All files are written, or none.
class AttemptExporter
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit AttemptExporter(const Database &records);

    ExportResult exportTo(const QString &directory, const AttemptFilter &filter,
                          const Progress &progress = {}) const;
    static QStringList fileNames();

private:
    const Database &m_records;
};

} // namespace ameli
