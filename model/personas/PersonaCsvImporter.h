#pragma once

#include <QDate>
#include <QStringList>
#include <functional>

class QIODevice;

namespace ameli {

class Database;

struct ImportReport
{
    int imported = 0;
    // "ligne N : raison", N being the line in the file (the header is line 1).
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

// A trainer's cohort from a CSV file: header nir;date_naissance;prenom;nom;email (email
// optional), `;` or `,` separated, fields between quotes if they hold the separator, in
// UTF-8 or Windows-1252 (Excel in French), any line ends. All rows or none: one bad row
// imports nothing.
class PersonaCsvImporter
{
public:
    // Called now and then with the share of the work done, for a progress display: checking
    // the rows is 0 to 50, writing them 50 to 99, then kSaving while they are committed, and
    // 100 only once they are saved.
    using Progress = std::function<void(int percent)>;
    static constexpr int kSaving = -1;

    // Past this many errors the report stops listing them: the file needs fixing anyway.
    static constexpr int kMaxReportedErrors = 200;
    // A cohort file is far smaller (2 million persons fit): anything bigger is refused unread.
    static constexpr qsizetype kMaxFileBytes = 128LL * 1024 * 1024;
    // A line is a person: five short fields.
    static constexpr int kMaxLineLength = 1000;

    static ImportReport import(QIODevice &input, const Database &database, const QDate &today,
                               const Progress &progress = {});
};

} // namespace ameli
