#include "PersonaCsvImporter.h"

#include "identity/BirthDate.h"
#include "identity/Nir.h"
#include "journey/Person.h"
#include "rules/EmailAddressValidator.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
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

// The line (counted from 1) whose length passes `limit` bytes, or 0: checked on the bytes,
// before a huge line is decoded at all.
int firstLineLongerThan(const QByteArray &bytes, qsizetype limit)
{
    int line = 1;
    qsizetype length = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || c == '\r') {
            if (c == '\n' || i + 1 >= bytes.size() || bytes.at(i + 1) != '\n')
                ++line;
            length = 0;
        } else if (++length > limit) {
            return line;
        }
    }
    return 0;
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
    const auto fail = [&report](int line, const QString &reason) {
        if (report.errors.size() < kMaxReportedErrors)
            report.errors << QCoreApplication::translate("PersonaCsvImporter", "ligne %1 : %2")
                                 .arg(line)
                                 .arg(reason);
        else if (report.errors.size() == kMaxReportedErrors)
            report.errors << QCoreApplication::translate(
                "PersonaCsvImporter", "… et d'autres erreurs : corrigez d'abord celles-ci.");
    };

    // Bounded whatever the file: /dev/zero or a runaway export are refused, not read whole.
    const QByteArray bytes = input.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        report.errors << QCoreApplication::translate("PersonaCsvImporter",
                                                     "le fichier dépasse %1 Mo : découpez-le")
                             .arg(kMaxFileBytes / (1024 * 1024));
        return report;
    }
    if (const int tooLong = firstLineLongerThan(bytes, kMaxLineLength * 4)) {
        fail(tooLong, QCoreApplication::translate("PersonaCsvImporter",
                                                  "ligne trop longue (%1 caractères au plus)")
                          .arg(kMaxLineLength));
        return report;
    }
    // UTF-8 if it is UTF-8, otherwise what Excel writes in French.
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError())
        text = fromWindows1252(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Windows, Unix and old Mac line ends alike.
    static const QRegularExpression lineEnd(QStringLiteral("\r\n|\n|\r"));
    QStringList lines = text.split(lineEnd);
    if (lines.isEmpty() || lines.first().trimmed().isEmpty()) {
        fail(1, QCoreApplication::translate("PersonaCsvImporter",
                                            "le fichier est vide ; la première ligne doit être "
                                            "nir;date_naissance;prenom;nom;email"));
        return report;
    }

    const QChar separator =
        lines.first().contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    const QStringList header = splitFields(lines.first().toLower(), separator);
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

    const int total = int(lines.size()) - 1;
    const int step = std::max(1, total / 100);
    // Progress is reported only on files worth waiting for.
    const QSet<QString> existing = PersonRepository(database).allNirs();
    QHash<QString, int> seen;
    QList<Person> persons;
    persons.reserve(total);
    for (int i = 1; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        if (progress && i % step == 0)
            progress(50 * i / total);
        if (lines.at(i).trimmed().isEmpty())
            continue;
        if (lines.at(i).size() > kMaxLineLength) {
            fail(lineNumber, QCoreApplication::translate("PersonaCsvImporter",
                                                         "ligne trop longue (%1 caractères au "
                                                         "plus)")
                                 .arg(kMaxLineLength));
            continue;
        }
        if (lines.at(i).contains(QChar(QChar::ReplacementCharacter))) {
            fail(lineNumber, QCoreApplication::translate(
                                 "PersonaCsvImporter",
                                 "caractère illisible : enregistrez le fichier en UTF-8 ou en "
                                 "« CSV (séparateur : point-virgule) » depuis Excel"));
            continue;
        }
        const QStringList fields = splitFields(lines.at(i), separator);
        const int minimum = std::max({col.nir, col.birth, col.first, col.last}) + 1;
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
        if (const auto it = seen.constFind(nir.number()); it != seen.constEnd()) {
            fail(lineNumber, QCoreApplication::translate(
                                 "PersonaCsvImporter",
                                 "ce numéro de sécurité sociale figure déjà à la ligne %1")
                                 .arg(*it));
            continue;
        }
        if (existing.contains(nir.number())) {
            fail(lineNumber,
                 QCoreApplication::translate(
                     "PersonaCsvImporter",
                     "ce numéro de sécurité sociale est déjà dans la base du simulateur"));
            continue;
        }
        seen.insert(nir.number(), lineNumber);
        persons.append(
            {0, nir.number(), birth.date(), fields.at(col.first), fields.at(col.last), email});
    }
    if (!report.ok())
        return report;

    Transaction transaction(database);
    PersonRepository(database).insertMany(persons, [&](int done) {
        if (progress && done % step == 0)
            progress(50 + 49 * done / int(persons.size()));
    });
    if (progress)
        progress(kSaving);
    transaction.commit();
    if (progress)
        progress(100);
    report.imported = int(persons.size());
    return report;
}

} // namespace ameli
