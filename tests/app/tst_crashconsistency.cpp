#include "store/Database.h"
#include "store/PersonRepository.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

// The simulator killed (SIGKILL: a power cut, a frozen kiosk pulled out) in the middle of an
// import or of a journey: each time, the store passes SQLite's integrity check, opens again,
// and holds all or none of each import and every journey step it had confirmed, never a step
// more than the one under way. AMELI_CRASH_KILLS sets the number of kills of each kind (CI:
// 12 + 12); scripts/crash-kills.sh runs thousands.
class TestCrashConsistency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int kills()
    {
        const int asked = qEnvironmentVariableIntValue("AMELI_CRASH_KILLS");
        return asked > 0 ? asked : 12;
    }

    static QProcess *startAndKillLater(QProcess &process, const QString &program,
                                       const QStringList &arguments, int killAfterMs)
    {
        process.start(program, arguments);
        if (!process.waitForStarted())
            return nullptr;
        // Killing at a moment chosen in real time is the point here, not a delay to wait for.
        QThread::msleep(ulong(killAfterMs));
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        return &process;
    }

    // What any program opening the file after the crash sees first (the log is replayed).
    static QString integrity(const QString &path)
    {
        QString answer;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")))
                    while (q.next())
                        answer += q.value(0).toString();
            } else {
                answer = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return answer;
    }

    static QByteArray csv(int firstNumber, int rows)
    {
        QByteArray text = "nir;date_naissance;prenom;nom;email\n";
        for (int i = 0; i < rows; ++i) {
            text += "1850775" + QByteArray::number(firstNumber + i).rightJustified(6, '0') +
                    ";14/07/1985;Prénom;Nom;\n";
        }
        return text;
    }

private slots:
    void killedImportsSaveAllOrNothing()
    {
        const QString store = m_dir.filePath(QStringLiteral("import.sqlite"));
        const QString program = QStringLiteral(AMELI_EXECUTABLE);
        // The store with its demo personas first, so that every kill falls in an import.
        {
            QFile f(m_dir.filePath(QStringLiteral("first.csv")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csv(0, 1));
        }
        QCOMPARE(QProcess::execute(program, {QStringLiteral("--import-personas"),
                                             m_dir.filePath(QStringLiteral("first.csv")),
                                             QStringLiteral("--db"), store}),
                 0);
        int expected = [&store] {
            ameli::Database db(store);
            return ameli::PersonRepository(db).count();
        }();
        const int rows = 20000;
        int completed = 0;
        for (int k = 0; k < kills(); ++k) {
            const QString file = m_dir.filePath(QStringLiteral("cohort-%1.csv").arg(k));
            {
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(csv(1000 + k * rows, rows));
            }
            QProcess process;
            const int after = QRandomGenerator::global()->bounded(50, 1500);
            QVERIFY(startAndKillLater(
                process, program,
                {QStringLiteral("--import-personas"), file, QStringLiteral("--db"), store}, after));
            QCOMPARE(integrity(store), QStringLiteral("ok"));
            QVERIFY2(process.exitStatus() == QProcess::CrashExit || process.exitCode() == 0,
                     qPrintable(QString::fromUtf8(process.readAllStandardError())));
            ameli::Database db(store);
            const int count = ameli::PersonRepository(db).count();
            QVERIFY2(
                count == expected || count == expected + rows,
                qPrintable(QStringLiteral("kill %1 after %2 ms: %3 persons, expected %4 or %5; "
                                          "its output: %6")
                               .arg(k)
                               .arg(after)
                               .arg(count)
                               .arg(expected)
                               .arg(expected + rows)
                               .arg(QString::fromUtf8(process.readAllStandardError() +
                                                      process.readAllStandardOutput()))));
            if (count != expected)
                ++completed;
            expected = count;
        }
        qInfo("%d kills, %d imports had completed before their kill", kills(), completed);
    }

    void killedJourneysKeepEveryConfirmedStep()
    {
        const QString store = m_dir.filePath(QStringLiteral("journey.sqlite"));
        const QString journal = m_dir.filePath(QStringLiteral("journal.txt"));
        int nextPerson = 0;
        for (int k = 0; k < kills(); ++k) {
            QProcess process;
            const int after = QRandomGenerator::global()->bounded(100, 900);
            QVERIFY(startAndKillLater(process, QStringLiteral(AMELI_CRASH_DRIVER),
                                      {store, journal, QString::number(nextPerson)}, after));
            QVERIFY2(process.exitStatus() == QProcess::CrashExit,
                     qPrintable(QString::fromUtf8(process.readAllStandardError())));
            QCOMPARE(integrity(store), QStringLiteral("ok"));

            // The journal: the last step the store confirmed, person by person.
            QMap<int, int> confirmed;
            QFile f(journal);
            QVERIFY(f.open(QIODevice::ReadOnly));
            while (!f.atEnd()) {
                const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
                if (parts.size() == 2)
                    confirmed[parts[0].toInt()] = parts[1].toInt();
            }
            ameli::Database db(store);
            QMap<int, int> stored;
            QSqlQuery q =
                db.prepare(QStringLiteral("SELECT p.nir, coalesce(a.state, 0) FROM persons p "
                                          "LEFT JOIN accounts a ON a.person_id = p.id"));
            ameli::Database::exec(q);
            while (q.next())
                stored[q.value(0).toString().right(4).toInt()] = q.value(1).toInt();
            const int last = confirmed.isEmpty() ? -1 : confirmed.lastKey();
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                const int person = it.key();
                const int state = it.value();
                if (!confirmed.contains(person)) {
                    // Inserted, killed before the journal said so: only the one under way.
                    QVERIFY2(person == last + 1 && state == 0,
                             qPrintable(QStringLiteral("invented person %1").arg(person)));
                    continue;
                }
                const int expected = confirmed.value(person);
                // The step under way may have been saved before the journal could say so.
                const bool underWay = person == last && state == expected + 1;
                QVERIFY2(state == expected || underWay,
                         qPrintable(QStringLiteral("kill %1: person %2 at state %3, journal %4")
                                        .arg(k)
                                        .arg(person)
                                        .arg(state)
                                        .arg(expected)));
            }
            for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
                QVERIFY2(stored.contains(it.key()),
                         qPrintable(QStringLiteral("lost person %1").arg(it.key())));
            // What the killed run had under way is now known: the journal takes it, and the
            // next run starts with a new person.
            f.close();
            QVERIFY(f.open(QIODevice::Append));
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                if (it.key() >= last)
                    f.write(QByteArray::number(it.key()) + ' ' + QByteArray::number(it.value()) +
                            '\n');
            }
            f.close();
            nextPerson = stored.isEmpty() ? 0 : stored.lastKey() + 1;
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
