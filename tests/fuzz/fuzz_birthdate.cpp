#include "identity/BirthDate.h"
#include "identity/Nir.h"

#include <QDate>
#include <QString>
#include <cstddef>
#include <cstdint>

// The birth date as typed on "Code oublié ?" (F1, P5), checked against a number (F8).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ameli::BirthDate date = ameli::BirthDate::parse(typed, QDate(2026, 11, 28));
    (void)date;
    const ameli::Nir nir = ameli::Nir::parse(QStringLiteral("2850775056123"));
    (void)ameli::BirthDate::agreesWith(QDate::fromString(typed, Qt::ISODate), nir);
    return 0;
}
