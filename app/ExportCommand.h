#pragma once

#include "store/AttemptRepository.h"

#include <QString>

// `--export-attempts DIR`: writes the attempts on record as CSV, JSON and xAPI files without
// opening a window, with progress on the terminal. Returns the process's exit status.
class ExportCommand
{
public:
    static int run(const QString &directory, const ameli::AttemptFilter &filter,
                   const ameli::Database &records);
};
