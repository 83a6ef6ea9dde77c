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

static StoreFailure::Kind postgresKindOf(const QSqlError &error)
{
    // SQLSTATE codes (PostgreSQL's appendix A); libpq's own failures have none, only a text.
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (state == QLatin1String("42501") || state == QLatin1String("28000") ||
        state == QLatin1String("28P01") || state == QLatin1String("3D000") ||
        text.contains(QLatin1String("does not exist")) ||
        text.contains(QLatin1String("authentication failed")) ||
        text.contains(QLatin1String("no password supplied")))
        return StoreFailure::Kind::Denied;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        error.type() == QSqlError::ConnectionError ||
        text.contains(QLatin1String("server closed the connection")) ||
        text.contains(QLatin1String("no connection to the server")) ||
        text.contains(QLatin1String("terminating connection")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("could not send data")) ||
        text.contains(QLatin1String("could not receive data")))
        return StoreFailure::Kind::Unreachable;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return StoreFailure::Kind::Locked;
    if (state == QLatin1String("53100"))
        return StoreFailure::Kind::Full;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return StoreFailure::Kind::Damaged;
    if (state == QLatin1String("58030"))
        return StoreFailure::Kind::DiskError;
    return StoreFailure::Kind::Other;
}

StoreFailure::Kind StoreFailure::kindOf(const QSqlError &error, const QString &driver)
{
    if (driver == QLatin1String("QPSQL"))
        return postgresKindOf(error);
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
    case Kind::Unreachable:
        return tr("Le serveur de la salle (base %1) ne répond pas : %2. Vérifiez qu'il est "
                  "démarré et que ce poste est sur son réseau, puis recommencez.")
            .arg(file, consequence);
    case Kind::Denied:
        return tr("Le serveur de la salle (base %1) a refusé ce poste : %2. Le nom du poste "
                  "(--station) doit être l'un de ceux que le formateur a créés avec "
                  "scripts/classroom-server.sh, et son mot de passe dans ~/.pgpass.")
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
