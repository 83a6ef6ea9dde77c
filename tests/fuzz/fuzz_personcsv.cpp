#include "personas/PersonaCsvImporter.h"
#include "store/Database.h"
#include "store/PersonRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<ameli::Database> db;
};

Store &store()
{
    static Store s = [] {
        Store made;
        made.db = std::make_unique<ameli::Database>(made.dir.filePath(QStringLiteral("f.sqlite")));
        // Speed over durability: a fuzzing store is thrown away.
        made.db->run(QStringLiteral("PRAGMA synchronous = OFF"));
        return made;
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

// A trainer's cohort file imported into a store: all rows or none, a report either way.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Store &s = store();
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    int last = 0;
    const ameli::ImportReport report =
        ameli::PersonaCsvImporter::import(input, *s.db, QDate(2026, 11, 28), [&last](int percent) {
            // Progress stays within its range, whatever the file.
            if (percent != ameli::PersonaCsvImporter::kSaving && (percent < 0 || percent > 100))
                __builtin_trap();
            last = percent;
        });
    const int stored = ameli::PersonRepository(*s.db).count();
    // All or none: a report with errors saved nothing.
    if (!report.errors.isEmpty() && stored != 0)
        __builtin_trap();
    if (report.errors.isEmpty() && stored != report.imported)
        __builtin_trap();
    s.db->clearAllData();
    return 0;
}
