#pragma once

#include "store/Database.h"
#include "store/PersonRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QtEndian>

// Stores damaged the ways a trainer's file gets damaged (a copy cut short, a disk error, an
// edit in another program), for the tests that check what the simulator says about them.
namespace BadStores {

// A simulator store holding `persons` persons, closed (its log folded into the file).
inline bool makeGood(const QString &path, int persons = 300)
{
    ameli::Database db(path);
    ameli::PersonRepository people(db);
    for (int i = 0; i < persons; ++i) {
        ameli::Person p;
        p.nir13 = QStringLiteral("2850775%1").arg(100000 + i);
        p.birthDate = QDate(1985, 7, 14);
        p.firstName = QStringLiteral("Prénom%1").arg(i);
        p.lastName = QStringLiteral("Nom");
        people.insert(p);
    }
    return people.count() == persons;
}

// Runs statements on the file with a plain connection, as another program would.
inline bool edit(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("bad-store-editor"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bad-store-editor"));
    return ok;
}

inline int rootPageOf(const QString &path, const QString &table)
{
    int page = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("bad-store-reader"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                page = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bad-store-reader"));
    return page;
}

// Overwrites the persons table's first page with bytes no b-tree page can hold.
inline bool damagePage(const QString &path)
{
    const int page = rootPageOf(path, QStringLiteral("persons"));
    QFile f(path);
    if (page < 2 || !f.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = f.read(100);
    const int pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    f.seek(qint64(page - 1) * pageSize);
    return f.write(QByteArray(pageSize, '\x5a')) == pageSize;
}

inline bool truncateToHalf(const QString &path)
{
    QFile f(path);
    return f.resize(f.size() / 2);
}

inline bool dropTable(const QString &path, const QString &table)
{
    return edit(path, {QStringLiteral("DROP TABLE %1").arg(table)});
}

inline bool raiseSchema(const QString &path)
{
    return edit(
        path,
        {QStringLiteral("PRAGMA user_version = %1").arg(ameli::Database::kSchemaVersion + 1)});
}

// The file and its log, byte for byte: what a refused store must still be.
inline QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        hash.addData(suffix.toUtf8());
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
        else
            hash.addData(QByteArrayLiteral("(none)"));
    }
    return hash.result();
}

} // namespace BadStores
