#include "Database.h"

#include "PostgresSchema.h"
#include "StoreError.h"
#include "StoreFailure.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVariant>
#include <QtEndian>
#include <atomic>
#include <iterator>

Q_LOGGING_CATEGORY(lcStore, "ameli.model.store")

namespace ameli {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ameli-store-%1").arg(++counter);
}

// Where a query's messages find the store's path: the driver is the only thing a query knows.
const char *const kPathProperty = "ameliStorePath";
// Set on a server connection that lost its server: the next use opens it again.
const char *const kBrokenProperty = "ameliConnectionLost";

QString tr(const char *text)
{
    return QCoreApplication::translate("ameli::Database", text);
}

// The tables each version adds: a store of that version lacking one was damaged or edited.
const char *const kTablesV1[] = {"persons", "accounts", "validation_links", "mails",
                                 "provider_rules"};
const char *const kTablesV2[] = {"plan_runs", "attempts", "attempt_events", "attempt_notes",
                                 "questionnaire_answers"};

// Version 1: persons, their accounts, validation links, the simulated mailbox and the
// behaviours of mail providers (T1-T8).
const char *const kSchemaV1[] = {
    R"(CREATE TABLE persons (
        id INTEGER PRIMARY KEY,
        nir TEXT NOT NULL UNIQUE CHECK (length(nir) = 13),
        birth_date TEXT NOT NULL,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        email_on_file TEXT))",
    R"(CREATE TABLE accounts (
        person_id INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
        state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 5),
        personal_code_hash TEXT,
        provisional_code_hash TEXT,
        provisional_issued_at INTEGER,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        conditions_refused_at INTEGER,
        email TEXT,
        email_validated_at INTEGER,
        mobile TEXT,
        landline TEXT,
        consent_email_promo INTEGER NOT NULL DEFAULT 0,
        consent_mobile_call INTEGER NOT NULL DEFAULT 0,
        consent_sms INTEGER NOT NULL DEFAULT 0,
        consent_landline_call INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE validation_links (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        token_digest TEXT NOT NULL UNIQUE,
        email TEXT NOT NULL,
        sent_at INTEGER NOT NULL,
        used_at INTEGER))",
    "CREATE INDEX validation_links_person ON validation_links(person_id, sent_at)",
    R"(CREATE TABLE mails (
        id INTEGER PRIMARY KEY,
        recipient TEXT NOT NULL,
        sender TEXT NOT NULL,
        subject TEXT NOT NULL,
        sent_at INTEGER NOT NULL,
        html_body TEXT NOT NULL,
        folder TEXT NOT NULL CHECK (folder IN ('inbox', 'spam', 'deleted')),
        is_read INTEGER NOT NULL DEFAULT 0,
        links_blocked INTEGER NOT NULL DEFAULT 0,
        delivery_note TEXT))",
    "CREATE INDEX mails_recipient ON mails(recipient COLLATE NOCASE, sent_at)",
    R"(CREATE TABLE provider_rules (
        id INTEGER PRIMARY KEY,
        address_pattern TEXT NOT NULL,
        behaviour TEXT NOT NULL CHECK (behaviour IN ('spam', 'delete_containing', 'block_links')),
        word TEXT))",
};

// Version 2: every attempt on record (issue 7): who played what, each event of it, the
// trainer's notes, UX test plans' runs and questionnaire answers. Nothing here refers to the
// simulated persons: a scenario or a kiosk reset empties those tables, never these.
const char *const kSchemaV2[] = {
    R"(CREATE TABLE plan_runs (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL,
        plan_title TEXT NOT NULL,
        participant TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER))",
    R"(CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        participant TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('guided', 'exam', 'free', 'ux_test')),
        scenario_id TEXT NOT NULL DEFAULT '',
        scenario_title TEXT NOT NULL DEFAULT '',
        plan_run_id INTEGER REFERENCES plan_runs(id) ON DELETE CASCADE,
        plan_id TEXT NOT NULL DEFAULT '',
        task_id TEXT NOT NULL DEFAULT '',
        task_title TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL DEFAULT '',
        expected_path TEXT NOT NULL DEFAULT '',
        symptom_rules TEXT NOT NULL DEFAULT '',
        time_limit_ms INTEGER NOT NULL DEFAULT 0,
        started_at INTEGER NOT NULL,
        sim_started_at INTEGER NOT NULL,
        ended_at INTEGER,
        duration_ms INTEGER,
        outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN
            ('open', 'reached', 'not_reached', 'given_up', 'timed_out', 'interrupted'))))",
    "CREATE INDEX attempts_started ON attempts(started_at)",
    "CREATE INDEX attempts_participant ON attempts(participant, started_at)",
    "CREATE INDEX attempts_plan_run ON attempts(plan_run_id)",
    R"(CREATE TABLE attempt_events (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        elapsed_ms INTEGER NOT NULL,
        sim_time INTEGER NOT NULL,
        step TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL DEFAULT '',
        length INTEGER NOT NULL DEFAULT -1,
        count INTEGER NOT NULL DEFAULT 0,
        rules TEXT NOT NULL DEFAULT '',
        problem TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        x INTEGER NOT NULL DEFAULT -1,
        y INTEGER NOT NULL DEFAULT -1,
        area TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (attempt_id, seq)) WITHOUT ROWID)",
    R"(CREATE TABLE attempt_notes (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        at_ms INTEGER NOT NULL,
        text TEXT NOT NULL,
        written_at INTEGER NOT NULL))",
    "CREATE INDEX attempt_notes_attempt ON attempt_notes(attempt_id, at_ms)",
    R"(CREATE TABLE questionnaire_answers (
        id INTEGER PRIMARY KEY,
        plan_run_id INTEGER REFERENCES plan_runs(id) ON DELETE CASCADE,
        attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE,
        questionnaire TEXT NOT NULL CHECK (questionnaire IN ('SEQ', 'SUS')),
        item INTEGER NOT NULL,
        value INTEGER NOT NULL,
        answered_at INTEGER NOT NULL))",
    "CREATE INDEX questionnaire_answers_run ON questionnaire_answers(plan_run_id)",
    "CREATE INDEX questionnaire_answers_attempt ON questionnaire_answers(attempt_id)",
};

// Version 3: the provisional code a newer one replaced (F7), kept as a hash so that typing it
// is told apart from a wrong code and never locks the account.
const char *const kSchemaV3[] = {
    "ALTER TABLE accounts ADD COLUMN replaced_provisional_hash TEXT",
};

// Version 4: a provider whose own mail program blocks the links its webmail opens (T4).
// SQLite cannot change a CHECK constraint: the table is rebuilt with the new behaviour.
const char *const kSchemaV4[] = {
    R"(CREATE TABLE provider_rules_v4 (
        id INTEGER PRIMARY KEY,
        address_pattern TEXT NOT NULL,
        behaviour TEXT NOT NULL CHECK (behaviour IN ('spam', 'delete_containing', 'block_links',
                                                     'program_blocks_links')),
        word TEXT))",
    "INSERT INTO provider_rules_v4 (id, address_pattern, behaviour, word) "
    "SELECT id, address_pattern, behaviour, word FROM provider_rules",
    "DROP TABLE provider_rules",
    "ALTER TABLE provider_rules_v4 RENAME TO provider_rules",
};

// Version 5: step 3's uniqueness check finds an address without reading every account; the
// index compares as the check does, whatever the case.
const char *const kSchemaV5[] = {
    "CREATE INDEX IF NOT EXISTS accounts_email ON accounts(email COLLATE NOCASE)",
};

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
    , m_ownerThread(QThread::currentThread())
{
    checkPlace();
    checkExistingFile();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        throw StoreError(tr("Impossible de créer le dossier %1 : vérifiez ses droits ou "
                            "choisissez un autre fichier avec --db.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName).setDatabaseName(path);
    openConnection(QStringLiteral("QSQLITE"), path);
    try {
        configure();
        migrate();
    } catch (const StoreError &e) {
        closeConnection();
        // Nothing was changed: say so, rather than "the action was not saved".
        if (e.kind() == StoreFailure::Kind::Other)
            throw;
        throw StoreError(StoreFailure::message(e.kind(), path, StoreFailure::Moment::Opening),
                         e.detail(), e.kind());
    }
}

Database::Database(const ServerLocation &server, SchemaPolicy policy)
    : m_path(server.shownName())
    , m_dialect(SqlDialect::Engine::PostgreSQL)
    , m_station(server.user())
    , m_connectionName(nextConnectionName())
    , m_ownerThread(QThread::currentThread())
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw StoreError(tr("Le pilote PostgreSQL de Qt manque sur ce poste : installez le "
                                "paquet libqt6sql6-psql (scripts/install-deps.sh le fait)."));
        }
        db.setUserName(server.user());
        db.setConnectOptions(server.options());
    }
    openConnection(QStringLiteral("QPSQL"), m_path);
    try {
        migrateServer(policy);
    } catch (const StoreError &) {
        closeConnection();
        throw;
    }
}

void Database::openConnection(const QString &driver, const QString &shownName)
{
    QSqlError error;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.open()) {
            db.driver()->setProperty(kPathProperty, shownName);
            return;
        }
        error = db.lastError();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    const StoreFailure::Kind kind = StoreFailure::kindOf(error, driver);
    throw StoreError(StoreFailure::message(kind, shownName, StoreFailure::Moment::Opening),
                     error.text(), kind);
}

void Database::closeConnection()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::~Database()
{
    m_statements.clear();
    for (const QString &clone : std::as_const(m_clones))
        QSqlDatabase::removeDatabase(clone);
    closeConnection();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/ameli-simulator.sqlite");
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase db = QThread::currentThread() == m_ownerThread
                          ? QSqlDatabase::database(m_connectionName, false)
                          : threadConnection();
    if (onServer() && db.driver() && db.driver()->property(kBrokenProperty).toBool())
        reopen(db);
    return db;
}

void Database::reopen(QSqlDatabase &db) const
{
    // The server forgot this session's prepared statements with the session.
    {
        const QString prefix = db.connectionName() + QLatin1Char('\n');
        const QMutexLocker lock(&m_clonesMutex);
        for (auto it = m_statements.begin(); it != m_statements.end();) {
            if (it->first.startsWith(prefix))
                it = m_statements.erase(it);
            else
                ++it;
        }
    }
    db.close();
    if (db.open()) {
        qCInfo(lcStore) << "connection to the server restored";
        db.driver()->setProperty(kBrokenProperty, false);
        db.driver()->setProperty(kPathProperty, m_path);
    }
}

bool Database::serverReachable() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    (void)failureOf(q);
    return false;
}

QSqlDatabase Database::threadConnection() const
{
    const QString name = QStringLiteral("%1-thread-%2")
                             .arg(m_connectionName)
                             .arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const StoreFailure::Kind kind = StoreFailure::kindOf(error, db.driverName());
        throw StoreError(StoreFailure::message(kind, m_path, StoreFailure::Moment::Action),
                         error.text(), kind);
    }
    db.driver()->setProperty(kPathProperty, m_path);
    // Pragmas belong to a connection: the clone needs its own.
    if (!onServer()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    }
    const QMutexLocker lock(&m_clonesMutex);
    m_clones << name;
    return db;
}

void Database::checkPlace() const
{
    const QFileInfo info(m_path);
    const QString file = QDir::toNativeSeparators(m_path);
    if (info.isDir()) {
        throw StoreError(tr("%1 est un dossier, pas une base du simulateur : rien n'a été "
                            "modifié. Indiquez un fichier avec --db (il sera créé s'il "
                            "n'existe pas).")
                             .arg(file));
    }
    // SQLite writes its log beside the file: a folder that cannot be written holds a store
    // that cannot be played, even when the file itself can.
    const QFileInfo folder(info.absolutePath());
    if (folder.isDir() && !folder.isWritable()) {
        throw StoreError(tr("Le dossier %1 est en lecture seule : le simulateur ne peut pas y "
                            "créer ni y modifier sa base %2. Rendez le dossier modifiable, ou "
                            "choisissez un autre fichier avec --db.")
                             .arg(QDir::toNativeSeparators(folder.filePath()), file),
                         {}, StoreFailure::Kind::ReadOnly);
    }
    if (info.exists() && info.size() > 0 && info.isReadable() && !info.isWritable()) {
        throw StoreError(StoreFailure::message(StoreFailure::Kind::ReadOnly, m_path,
                                               StoreFailure::Moment::Opening),
                         {}, StoreFailure::Kind::ReadOnly);
    }
}

void Database::checkExistingFile()
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return;
    const QString shownPath = QDir::toNativeSeparators(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StoreError(tr("Le fichier %1 ne peut pas être lu : vérifiez ses droits, ou "
                            "choisissez un autre fichier avec --db.")
                             .arg(shownPath));
    }
    // The magic string first: a file that is not SQLite at all is never handed to SQLite.
    const QByteArray header = file.read(100);
    const qint64 fileSize = file.size();
    file.close();
    const QString notOurs =
        tr("Le fichier %1 n'est pas une base du simulateur ameli : il n'a pas été ouvert ni "
           "modifié. Choisissez un autre fichier avec --db.")
            .arg(shownPath);
    const QString damaged =
        StoreFailure::message(StoreFailure::Kind::Damaged, m_path, StoreFailure::Moment::Opening);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(notOurs);
    if (header.size() < 100)
        throw StoreError(damaged, QStringLiteral("header cut"), StoreFailure::Kind::Damaged);
    // The header gives the file's size in pages when its two change counters agree (SQLite's
    // file format, section 1.3): a shorter file was cut by a copy or a full disk.
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pages = qFromBigEndian<quint32>(bytes + 28);
    if (qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92) &&
        pageSize * pages > fileSize) {
        throw StoreError(tr("La base %1 est tronquée (%2 octets sur les %3 attendus) : le "
                            "simulateur ne l'a pas ouverte ni modifiée. Restaurez une "
                            "sauvegarde, ou choisissez un autre fichier avec --db.")
                             .arg(shownPath)
                             .arg(fileSize)
                             .arg(pageSize * pages),
                         {}, StoreFailure::Kind::Damaged);
    }

    // The header's own copy of the version may be stale while a write-ahead log holds the
    // newest pages (after a crash, say): SQLite itself, read-only, gives the true values.
    quint32 userVersion = 0;
    quint32 applicationId = 0;
    int tables = -1;
    QStringList tableNames;
    QStringList problems;
    QSqlError failure;
    const QString probe = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe);
        // A store in WAL mode without its log was closed cleanly and nobody has it open: read
        // as an unchanging file, since a read-only connection would leave an empty log and
        // its index beside a file that must stay as it was.
        const bool closedWal =
            header.at(18) == 2 && !QFile::exists(m_path + QStringLiteral("-wal"));
        if (closedWal) {
            db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=500"));
        }
        if (db.open()) {
            QSqlQuery q(db);
            const auto ask = [&](const QString &sql) {
                if (failure.type() != QSqlError::NoError)
                    return false;
                if (q.exec(sql))
                    return true;
                failure = q.lastError();
                return false;
            };
            if (ask(QStringLiteral("PRAGMA user_version")) && q.next())
                userVersion = q.value(0).toUInt();
            if (ask(QStringLiteral("PRAGMA application_id")) && q.next())
                applicationId = q.value(0).toUInt();
            if (ask(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                tables = 0;
                while (q.next()) {
                    tableNames << q.value(0).toString();
                    ++tables;
                }
            }
            // Every page's structure, without comparing indexes with their tables: the
            // journey reads pages anywhere, and a damaged one must be told before it starts.
            m_pagesCheckedAtOpen = fileSize <= kPagesCheckedAtOpenBytes;
            if (applicationId == quint32(kApplicationId) && m_pagesCheckedAtOpen &&
                ask(QStringLiteral("PRAGMA quick_check(5)"))) {
                while (q.next()) {
                    const QString line = q.value(0).toString();
                    if (line != QLatin1String("ok"))
                        problems << line;
                }
            }
            db.close();
        } else {
            failure = db.lastError();
        }
    }
    QSqlDatabase::removeDatabase(probe);
    if (failure.type() != QSqlError::NoError) {
        const StoreFailure::Kind kind = StoreFailure::kindOf(failure);
        if (kind == StoreFailure::Kind::Locked || kind == StoreFailure::Kind::Damaged ||
            kind == StoreFailure::Kind::DiskError) {
            throw StoreError(StoreFailure::message(kind, m_path, StoreFailure::Moment::Opening),
                             failure.text(), kind);
        }
        throw StoreError(notOurs, failure.text());
    }
    if (tables < 0)
        throw StoreError(notOurs);
    // A blank SQLite file is adopted only if it holds no table at all.
    if (applicationId == 0 && userVersion == 0 && tables == 0)
        return;
    if (applicationId != quint32(kApplicationId))
        throw StoreError(notOurs);
    if (userVersion > quint32(kSchemaVersion)) {
        throw StoreError(tr("La base %1 a été créée par une version plus récente du simulateur "
                            "(schéma %2, cette version connaît le schéma %3) : elle n'a pas "
                            "été modifiée. Mettez le simulateur à jour.")
                             .arg(shownPath)
                             .arg(userVersion)
                             .arg(kSchemaVersion));
    }
    if (!problems.isEmpty())
        throw StoreError(damaged, problems.join(QLatin1Char('\n')), StoreFailure::Kind::Damaged);
    QStringList expected;
    if (userVersion >= 1) {
        for (const char *t : kTablesV1)
            expected << QLatin1String(t);
    }
    if (userVersion >= 2) {
        for (const char *t : kTablesV2)
            expected << QLatin1String(t);
    }
    for (const QString &table : std::as_const(expected)) {
        if (!tableNames.contains(table)) {
            throw StoreError(tr("La base %1 est incomplète : la table « %2 » manque. Le "
                                "simulateur ne l'a pas ouverte ni modifiée. Restaurez une "
                                "sauvegarde, ou choisissez un autre fichier avec --db.")
                                 .arg(shownPath, table),
                             {}, StoreFailure::Kind::Damaged);
        }
    }
}

QString Database::checkPages() const
{
    QStringList problems;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
                while (q.next()) {
                    if (q.value(0).toString() != QLatin1String("ok"))
                        problems << q.value(0).toString();
                }
            } else if (StoreFailure::kindOf(q.lastError()) == StoreFailure::Kind::Damaged) {
                problems << q.lastError().text();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (problems.isEmpty())
        return {};
    qCWarning(lcStore) << "damaged pages:" << problems.join(QLatin1String("; "));
    return tr("La base %1 est endommagée : la vérification faite après l'ouverture a trouvé "
              "des pages illisibles, et ce qui y est lu ou enregistré peut être faux. Fermez le "
              "simulateur, puis restaurez une sauvegarde ou choisissez un autre fichier avec "
              "--db.")
        .arg(QDir::toNativeSeparators(m_path));
}

void Database::configure() const
{
    // WAL lets the trainer's views read while the journey writes; foreign keys keep mails,
    // links and accounts tied to existing persons. A short wait only: another window's
    // action ends within it, a store another program holds is said at once.
    run(QStringLiteral("PRAGMA busy_timeout = 500"));
    run(QStringLiteral("PRAGMA journal_mode = WAL"));
    run(QStringLiteral("BEGIN IMMEDIATE"));
    run(QStringLiteral("ROLLBACK"));
    run(QStringLiteral("PRAGMA foreign_keys = ON"));
    run(QStringLiteral("PRAGMA busy_timeout = 5000"));
}

int Database::schemaVersion() const
{
    if (onServer()) {
        // A plain read of the catalog, not to_regclass(): after waiting on the advisory lock
        // (another administrator installing the schema), to_regclass() may still answer from
        // the catalog as it was before the wait.
        QSqlQuery q = prepare(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
                           "current_schema() AND tablename = 'ameli_schema')"));
        exec(q);
        if (!q.next() || !q.value(0).toBool())
            return 0;
        q = prepare(QStringLiteral("SELECT version FROM ameli_schema"));
        exec(q);
        return q.next() ? q.value(0).toInt() : 0;
    }
    QSqlQuery q = prepare(QStringLiteral("PRAGMA user_version"));
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::migrate()
{
    const int fromVersion = schemaVersion();
    if (fromVersion == kSchemaVersion)
        return;
    qCInfo(lcStore) << "migrating store from schema" << fromVersion << "to" << kSchemaVersion;
    Transaction transaction(*this);
    // Each version's steps, in order: a store runs those of the versions it has not reached.
    // A new version adds its array here and raises kSchemaVersion.
    struct Steps
    {
        const char *const *first;
        std::size_t count;
    };
    const Steps versions[] = {
        {kSchemaV1, std::size(kSchemaV1)}, {kSchemaV2, std::size(kSchemaV2)},
        {kSchemaV3, std::size(kSchemaV3)}, {kSchemaV4, std::size(kSchemaV4)},
        {kSchemaV5, std::size(kSchemaV5)},
    };
    static_assert(std::size(versions) == std::size_t(kSchemaVersion));
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        const Steps &steps = versions[version];
        for (std::size_t i = 0; i < steps.count; ++i)
            run(QString::fromUtf8(steps.first[i]));
    }
    run(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    run(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    transaction.commit();
}

void Database::migrateServer(SchemaPolicy policy)
{
    const auto refused = [this](int version) {
        if (version > kSchemaVersion) {
            return StoreError(tr("La base %1 a été créée par une version plus récente du "
                                 "simulateur (schéma %2, cette version connaît le schéma %3) : "
                                 "elle n'a pas été modifiée. Installez la même version du "
                                 "simulateur sur ce poste que sur le serveur de la salle.")
                                  .arg(m_path)
                                  .arg(version)
                                  .arg(kSchemaVersion));
        }
        if (version == 0) {
            return StoreError(tr("La base %1 n'est pas encore prête pour une salle de "
                                 "formation : sur le poste du formateur, lancez "
                                 "scripts/classroom-server.sh, puis recommencez.")
                                  .arg(m_path));
        }
        return StoreError(tr("La base %1 a été créée par une version plus ancienne du "
                             "simulateur (schéma %2, cette version connaît le schéma %3) : "
                             "elle n'a pas été modifiée. Sur le poste du formateur, lancez "
                             "scripts/classroom-server.sh avec cette version pour la mettre à "
                             "jour.")
                              .arg(m_path)
                              .arg(version)
                              .arg(kSchemaVersion));
    };
    const int seen = schemaVersion();
    if (seen == kSchemaVersion)
        return;
    if (policy == SchemaPolicy::Refuse || seen > kSchemaVersion)
        throw refused(seen);
    Transaction transaction(*this);
    // Two administrators at once: the second waits, then finds the work done.
    run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId));
    const int fromVersion = schemaVersion();
    if (fromVersion > kSchemaVersion)
        throw refused(fromVersion);
    if (fromVersion < kSchemaVersion) {
        qCInfo(lcStore) << "migrating server from schema" << fromVersion << "to" << kSchemaVersion;
        for (const QString &step : PostgresSchema::steps(fromVersion, kSchemaVersion))
            run(step);
    }
    transaction.commit();
}

namespace {

void runAsAdministrator(const Database &db, const QString &statementTemplate, const QString &name)
{
    // Role names are identifiers: quoted by the server itself (format's %I), never by hand.
    QSqlQuery q = db.prepare(QStringLiteral("SELECT format(?, ?::text)"));
    q.addBindValue(statementTemplate);
    q.addBindValue(name);
    Database::exec(q);
    q.next();
    const QString statement = q.value(0).toString();
    q.finish();
    db.run(statement);
}

// A login role, member of `group`; nothing said (no server notice) when it already is.
QString loginRoleIn(const QString &group)
{
    return QStringLiteral("DO $$ BEGIN "
                          "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1$L) THEN "
                          "CREATE ROLE %1$I LOGIN; END IF; "
                          "IF NOT pg_has_role(%1$L, '%2', 'MEMBER') THEN "
                          "GRANT %2 TO %1$I; END IF; END $$")
        .replace(QLatin1String("%2"), group);
}

} // namespace

void Database::addStationRole(const QString &name) const
{
    runAsAdministrator(*this, loginRoleIn(QStringLiteral("ameli_station")), name);
}

void Database::addTrainerRole(const QString &name) const
{
    runAsAdministrator(*this, loginRoleIn(QStringLiteral("ameli_trainer")), name);
}

void Database::clearAllData() const
{
    Transaction transaction(*this);
    for (const char *table :
         {"mails", "validation_links", "accounts", "persons", "provider_rules"}) {
        run(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    }
    transaction.commit();
}

QSqlQuery Database::prepare(const QString &sql) const
{
    {
        QSqlQuery query(connection());
        if (query.prepare(sql))
            return query;
        const StoreError failure = failureOf(query);
        if (failure.kind() != StoreFailure::Kind::Unreachable)
            throw failure;
    }
    // A server that came back since the last query: its lost session is noticed here, before
    // anything was sent but this statement; once more, on a new session.
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        throw failureOf(query);
    return query;
}

QSqlQuery &Database::cached(const QString &sql) const
{
    const QSqlDatabase db = connection();
    const QString key = db.connectionName() + QLatin1Char('\n') + sql;
    {
        const QMutexLocker lock(&m_clonesMutex);
        if (const auto it = m_statements.find(key); it != m_statements.end())
            return *it->second;
    }
    auto made = std::make_unique<QSqlQuery>(prepare(sql));
    const QMutexLocker lock(&m_clonesMutex);
    return *m_statements.emplace(key, std::move(made)).first->second;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw failureOf(query);
}

StoreError Database::failureOf(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const bool server = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    StoreFailure::Kind kind =
        StoreFailure::kindOf(error, server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
    if (server && (!query.driver()->isOpen() || query.driver()->property(kBrokenProperty).toBool()))
        kind = StoreFailure::Kind::Unreachable;
    // The driver is the connection's: marking it lost is what the next use looks at.
    if (server && kind == StoreFailure::Kind::Unreachable)
        const_cast<QSqlDriver *>(query.driver())->setProperty(kBrokenProperty, true);
    const QString path =
        query.driver() ? query.driver()->property(kPathProperty).toString() : QString();
    return StoreError(StoreFailure::message(kind, path, StoreFailure::Moment::Action),
                      error.text() + QStringLiteral(" in: ") + query.lastQuery(), kind);
}

void Database::run(const QString &sql) const
{
    // PostgreSQL prepares queries only (not DO blocks, not schema changes): a statement
    // without parameters is sent as it is.
    if (onServer()) {
        QSqlQuery query(connection());
        if (!query.exec(sql))
            throw failureOf(query);
        return;
    }
    QSqlQuery query = prepare(sql);
    exec(query);
}

} // namespace ameli
