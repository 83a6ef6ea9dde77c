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
// optional), `;` or `,` separated. All rows or none: one bad row imports nothing.
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

    static ImportReport import(QIODevice &input, const Database &database, const QDate &today,
                               const Progress &progress = {});
};

} // namespace ameli
