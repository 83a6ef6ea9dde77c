// The store at a million persons: opening it (with its quick check), the login's look-up by
// number and step 3's email check, each beside SQLite's C API on the same file with the
// statement prepared once (the floor). Not a test: scripts/run-benchmarks.sh runs it and
// docs/benchmarks.md keeps the ratios.
//
// bench_store STORE CSV: imports CSV into STORE first if STORE does not exist yet.
#include "journey/AccountState.h"
#include "personas/PersonaCsvImporter.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/PersonRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>

using namespace ameli;

namespace {

QTextStream out(stdout);

// Median of five runs of `runs` calls, in microseconds per call.
template <typename F> double perCall(int runs, F &&call)
{
    std::vector<double> medians;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < runs; ++i)
            call(i);
        medians.push_back(double(t.nsecsElapsed()) / 1000.0 / runs);
    }
    std::sort(medians.begin(), medians.end());
    return medians[2];
}

void line(const char *what, double measured, double floor, const char *unit)
{
    out << what << ": " << QString::number(measured, 'f', 2) << ' ' << unit << " vs floor "
        << QString::number(floor, 'f', 2) << ' ' << unit << ", ratio "
        << QString::number(measured / floor, 'f', 2) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        out << "usage: bench_store STORE CSV" << Qt::endl;
        return 2;
    }
    const QString storePath = QString::fromLocal8Bit(argv[1]);
    if (!QFile::exists(storePath)) {
        QFile csv(QString::fromLocal8Bit(argv[2]));
        if (!csv.open(QIODevice::ReadOnly))
            return 2;
        Database db(storePath);
        QElapsedTimer t;
        t.start();
        const ImportReport report = PersonaCsvImporter::import(csv, db, QDate(2026, 11, 28));
        out << "import of " << report.imported << " persons (errors " << report.errors.size()
            << "): " << t.elapsed() << " ms" << Qt::endl;
        // Half the accounts carry an address, as after a season of training.
        db.run(QStringLiteral("UPDATE accounts SET email = 'p' || person_id || '@exemple.fr', "
                              "state = %1 WHERE person_id % 2 = 0")
                   .arg(int(AccountState::Active)));
    }

    // Opening: the simulator's checks (header, quick_check, tables, lock) beside a bare open.
    QElapsedTimer t;
    t.start();
    {
        Database db(storePath);
    }
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    {
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(argv[1], &raw, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
    }
    const double rawOpenMs = double(t.nsecsElapsed()) / 1e6;
    line("open the store", openMs, rawOpenMs, "ms");

    Database db(storePath);
    const int persons = PersonRepository(db).count();
    QStringList nirs;
    QStringList emails;
    QRandomGenerator random(42);
    for (const Person &p : PersonRepository(db).first(persons)) {
        if (random.bounded(50) == 0) {
            nirs << p.nir13;
            emails << QStringLiteral("p%1@exemple.fr").arg(p.id);
        }
    }
    out << persons << " persons, " << nirs.size() << " look-ups" << Qt::endl;

    sqlite3 *raw = nullptr;
    sqlite3_open_v2(argv[1], &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *byNir = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT id, nir, birth_date, first_name, last_name, email_on_file FROM "
                       "persons WHERE nir = ?",
                       -1, &byNir, nullptr);
    std::vector<QByteArray> nirBytes;
    for (const QString &n : std::as_const(nirs))
        nirBytes.push_back(n.toUtf8());
    const int n = int(nirs.size());
    qint64 sink = 0;
    const double cNir = perCall(n, [&](int i) {
        sqlite3_bind_text(byNir, 1, nirBytes[size_t(i)].constData(), -1, SQLITE_STATIC);
        if (sqlite3_step(byNir) == SQLITE_ROW)
            sink += sqlite3_column_int64(byNir, 0);
        sqlite3_reset(byNir);
    });
    const PersonRepository people(db);
    const double qtNir = perCall(n, [&](int i) {
        if (const auto p = people.findByNir(nirs.at(i)))
            sink += p->id;
    });
    line("login look-up by number", qtNir, cNir, "µs");

    sqlite3_stmt *byEmail = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT 1 FROM accounts a WHERE a.email = ? COLLATE NOCASE AND "
                       "a.person_id <> ? AND (a.state = 5 OR (a.state = 4 AND (SELECT "
                       "max(sent_at) FROM validation_links l WHERE l.person_id = a.person_id) > "
                       "?)) LIMIT 1",
                       -1, &byEmail, nullptr);
    std::vector<QByteArray> emailBytes;
    for (const QString &e : std::as_const(emails))
        emailBytes.push_back(e.toUtf8());
    const double cEmail = perCall(n, [&](int i) {
        sqlite3_bind_text(byEmail, 1, emailBytes[size_t(i)].constData(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(byEmail, 2, -1);
        sqlite3_bind_int64(byEmail, 3, 0);
        if (sqlite3_step(byEmail) == SQLITE_ROW)
            ++sink;
        sqlite3_reset(byEmail);
    });
    const AccountRepository accounts(db);
    const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const double qtEmail = perCall(n, [&](int i) {
        if (accounts.emailUsedByAnother(emails.at(i), -1, epoch))
            ++sink;
    });
    line("email check", qtEmail, cEmail, "µs");
    sqlite3_finalize(byNir);
    sqlite3_finalize(byEmail);
    sqlite3_close(raw);
    out << "(checksum " << sink << ")" << Qt::endl;
    return 0;
}
