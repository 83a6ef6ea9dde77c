#include "PersonaCsvImporter.h"

#include "CsvLineReader.h"
#include "identity/BirthDate.h"
#include "identity/Nir.h"
#include "journey/Person.h"
#include "rules/EmailAddressValidator.h"
#include "store/Database.h"
#include "store/PersonBulkInserter.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace ameli {

namespace {

// One line's fields; a field between quotes may hold the separator, and "" stands for ".
QStringList splitFields(const QString &line, QChar separator)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    const QChar quote(QLatin1Char('"'));
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c != quote)
                field += c;
            else if (i + 1 < line.size() && line.at(i + 1) == quote)
                field += c, ++i;
            else
                quoted = false;
        } else if (c == quote && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (c == separator) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

// Excel in French saves its CSV files in Windows-1252: Latin-1, except bytes 0x80 to 0x9F,
// which are letters and signs of their own (€, œ, Œ, Ÿ, the typographic quotes...).
QString fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = uchar(c);
        text.append(b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80]) : QChar(b));
    }
    return text;
}

// A line as text: UTF-8 if it is UTF-8, otherwise what Excel writes in French. Decided per
// line, the file being read a piece at a time.
QString decodeLine(const QByteArray &bytes)
{
    bool ascii = true;
    for (const char c : bytes) {
        if (uchar(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(bytes);
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes);
    return utf8.hasError() ? fromWindows1252(bytes) : text;
}

struct Columns
{
    int nir = -1, birth = -1, first = -1, last = -1, email = -1;
    int required() const { return std::max({nir, birth, first, last, email}) + 1; }
};

} // namespace

ImportReport PersonaCsvImporter::import(QIODevice &input, const Database &database,
                                        const QDate &today, const Progress &progress)
{
    ImportReport report;
    const auto tooLarge = [] {
        return QCoreApplication::translate("PersonaCsvImporter",
                                           "le fichier dépasse %1 Mo : découpez-le")
            .arg(kMaxFileBytes / (1024 * 1024));
    };
    const auto fail = [&report](int line, const QString &reason) {
        if (report.errors.size() < kMaxReportedErrors)
            report.errors << QCoreApplication::translate("PersonaCsvImporter", "ligne %1 : %2")
                                 .arg(line)
                                 .arg(reason);
        else if (report.errors.size() == kMaxReportedErrors)
            report.errors << QCoreApplication::translate(
                "PersonaCsvImporter", "… et d'autres erreurs : corrigez d'abord celles-ci.");
    };

    // Read a piece at a time: memory stays bounded whatever the file (/dev/zero, a runaway
    // export); a line is refused on its bytes before a huge one is decoded at all.
    if (!input.isSequential() && input.size() > kMaxFileBytes) {
        report.errors << tooLarge();
        return report;
    }
    CsvLineReader reader(input, kMaxLineLength * 4);
    const auto tooLong = [&] {
        fail(reader.lineNumber(),
             QCoreApplication::translate("PersonaCsvImporter",
                                         "ligne trop longue (%1 caractères au plus)")
                 .arg(kMaxLineLength));
    };
    QByteArray bytes;
    const CsvLineReader::Status first = reader.next(&bytes);
    if (first == CsvLineReader::Status::TooLong) {
        tooLong();
        return report;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString headerLine = decodeLine(bytes);
    if (first == CsvLineReader::Status::End || headerLine.trimmed().isEmpty()) {
        fail(1, QCoreApplication::translate("PersonaCsvImporter",
                                            "le fichier est vide ; la première ligne doit être "
                                            "nir;date_naissance;prenom;nom;email"));
        return report;
    }

    const QChar separator =
        headerLine.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    const QStringList header = splitFields(headerLine.toLower(), separator);
    Columns col;
    col.nir = int(header.indexOf(QStringLiteral("nir")));
    col.birth = int(header.indexOf(QStringLiteral("date_naissance")));
    col.first = int(header.indexOf(QStringLiteral("prenom")));
    col.last = int(header.indexOf(QStringLiteral("nom")));
    col.email = int(header.indexOf(QStringLiteral("email")));
    const std::pair<int, const char *> needed[] = {
        {col.nir, "nir"}, {col.birth, "date_naissance"}, {col.first, "prenom"}, {col.last, "nom"}};
    for (const auto &[index, name] : needed) {
        if (index < 0)
            fail(1, QCoreApplication::translate("PersonaCsvImporter",
                                                "la colonne « %1 » manque dans l'en-tête")
                        .arg(QLatin1String(name)));
    }
    if (!report.ok())
        return report;

    // One pass: each valid row is written as it is read, in one transaction that is committed
    // only if no row was refused. The store's own unique index finds repeated numbers, in the
    // file or already stored, without a copy of every number in memory.
    Transaction transaction(database);
    PersonBulkInserter inserter(database);
    const qint64 total = input.isSequential() ? 0 : input.size();
    int lastPercent = -1;
    int imported = 0;
    // The line of each row written, in the order of their ids: a repeated number names it.
    QList<int> lineOfRow;
    const int minimum = std::max({col.nir, col.birth, col.first, col.last}) + 1;
    for (;;) {
        const CsvLineReader::Status status = reader.next(&bytes);
        if (status == CsvLineReader::Status::End)
            break;
        if (reader.bytesRead() > kMaxFileBytes) {
            report.errors.clear();
            report.errors << tooLarge();
            return report;
        }
        if (progress && total > 0) {
            const int percent = int(std::min<qint64>(99, 99 * reader.bytesConsumed() / total));
            if (percent != lastPercent) {
                lastPercent = percent;
                progress(percent);
            }
        }
        const int lineNumber = reader.lineNumber();
        if (status == CsvLineReader::Status::TooLong) {
            tooLong();
            // The rest of a line that long is not worth reading: the file needs fixing.
            return report;
        }
        const QString line = decodeLine(bytes);
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() > kMaxLineLength) {
            tooLong();
            continue;
        }
        if (line.contains(QChar(QChar::ReplacementCharacter))) {
            fail(lineNumber, QCoreApplication::translate(
                                 "PersonaCsvImporter",
                                 "caractère illisible : enregistrez le fichier en UTF-8 ou en "
                                 "« CSV (séparateur : point-virgule) » depuis Excel"));
            continue;
        }
        const QStringList fields = splitFields(line, separator);
        if (fields.size() < minimum) {
            fail(lineNumber,
                 QCoreApplication::translate("PersonaCsvImporter", "%1 colonne(s) au lieu de %2")
                     .arg(fields.size())
                     .arg(header.size()));
            continue;
        }
        const Nir nir = Nir::parse(fields.at(col.nir));
        if (!nir.isValid()) {
            fail(lineNumber, nir.errorMessage());
            continue;
        }
        const BirthDate birth = BirthDate::parse(fields.at(col.birth), today);
        if (!birth.isValid()) {
            fail(lineNumber, birth.errorMessage());
            continue;
        }
        if (!BirthDate::agreesWith(birth.date(), nir)) {
            fail(lineNumber, BirthDate::disagreement().errorMessage());
            continue;
        }
        if (fields.at(col.first).isEmpty() || fields.at(col.last).isEmpty()) {
            fail(lineNumber, QCoreApplication::translate("PersonaCsvImporter",
                                                         "le prénom et le nom sont obligatoires"));
            continue;
        }
        QString email;
        if (col.email >= 0 && col.email < fields.size() && !fields.at(col.email).isEmpty()) {
            const EmailCheck check = EmailAddressValidator::check(fields.at(col.email));
            if (!check.isValid()) {
                fail(lineNumber, check.message());
                continue;
            }
            email = check.normalized;
        }
        const PersonBulkInserter::Outcome outcome = inserter.insert(
            {0, nir.number(), birth.date(), fields.at(col.first), fields.at(col.last), email});
        if (outcome.inserted) {
            lineOfRow.append(lineNumber);
            ++imported;
        } else if (outcome.existingRow >= 0 && outcome.existingRow < lineOfRow.size()) {
            fail(lineNumber, QCoreApplication::translate(
                                 "PersonaCsvImporter",
                                 "ce numéro de sécurité sociale figure déjà à la ligne %1")
                                 .arg(lineOfRow.at(outcome.existingRow)));
        } else {
            fail(lineNumber,
                 QCoreApplication::translate(
                     "PersonaCsvImporter",
                     "ce numéro de sécurité sociale est déjà dans la base du simulateur"));
        }
    }
    if (!report.ok())
        return report;
    if (progress)
        progress(kSaving);
    transaction.commit();
    if (progress)
        progress(100);
    report.imported = imported;
    return report;
}

} // namespace ameli
