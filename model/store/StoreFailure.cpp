#include "StoreFailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

namespace ameli {

namespace {

// SQLite's primary result codes (sqlite3.h); the driver may report extended codes, whose
// low byte is the primary one.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoError = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kNotADatabase = 26;

QString tr(const char *text)
{
    return QCoreApplication::translate("ameli::StoreFailure", text);
}

} // namespace

StoreFailure::Kind StoreFailure::kindOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Kind::Other;
    switch (code) {
    case kBusy:
    case kLocked:
        return Kind::Locked;
    case kReadOnly:
        return Kind::ReadOnly;
    case kCorrupt:
    case kNotADatabase:
        return Kind::Damaged;
    case kFull:
        return Kind::Full;
    case kIoError:
    case kCantOpen:
        return Kind::DiskError;
    default:
        return Kind::Other;
    }
}

QString StoreFailure::message(Kind kind, const QString &path, Moment moment)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString consequence = moment == Moment::Opening
                                    ? tr("le simulateur ne l'a pas ouverte ni modifiée")
                                    : tr("l'action n'a pas été enregistrée");
    switch (kind) {
    case Kind::Locked:
        return tr("La base %1 est bloquée par un autre programme (ou une autre fenêtre du "
                  "simulateur) : %2. Fermez cet autre programme, puis recommencez.")
            .arg(file, consequence);
    case Kind::ReadOnly:
        return tr("La base %1 est en lecture seule : %2. Rendez le fichier et son dossier "
                  "modifiables, ou choisissez un autre fichier avec --db.")
            .arg(file, consequence);
    case Kind::Damaged:
        return tr("La base %1 est endommagée : %2. Restaurez une sauvegarde, ou choisissez un "
                  "autre fichier avec --db (un nouveau fichier sera créé avec les personnes de "
                  "démonstration).")
            .arg(file, consequence);
    case Kind::Full:
        return tr("Le disque qui contient la base %1 est plein : %2. Libérez de la place, puis "
                  "recommencez.")
            .arg(file, consequence);
    case Kind::DiskError:
        return tr("Le système a refusé de lire ou d'écrire la base %1 : %2. Vérifiez le disque "
                  "et les droits du fichier, puis recommencez.")
            .arg(file, consequence);
    case Kind::Other:
        break;
    }
    return moment == Moment::Opening
               ? tr("Impossible d'ouvrir la base %1 : elle n'a pas été modifiée.").arg(file)
               : tr("Erreur de la base de données %1 : l'action n'a pas été enregistrée.")
                     .arg(file);
}

} // namespace ameli
