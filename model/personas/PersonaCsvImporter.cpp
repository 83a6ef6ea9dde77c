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

namespace ameli {

namespace {

QStringList splitFields(const QString &line, QChar separator)
{
    QStringList fields = line.split(separator);
    for (QString &f : fields) {
        f = f.trimmed();
        if (f.size() >= 2 && f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"')))
            f = f.mid(1, f.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    }
    return fields;
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

    QString text = QString::fromUtf8(input.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
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
