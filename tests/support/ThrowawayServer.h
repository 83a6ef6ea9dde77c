#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// A PostgreSQL cluster of a test's own (scripts/pg-throwaway.sh), for the tests that stop and
// start the server: the suite's shared server must never go away under other tests. Starting
// it points the test's stores at it (AMELI_TEST_PG, AMELI_TEST_ENGINE=postgresql).
class ThrowawayServer
{
public:
    ThrowawayServer()
    {
        // export NAME=VALUE lines; the value may be quoted.
        static const QRegularExpression line(QStringLiteral("^export (\\w+)='?([^'\\n]*)'?$"),
                                             QRegularExpression::MultilineOption);
        const QString out = run({QStringLiteral("start")});
        for (auto it = line.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            qputenv(m.captured(1).toUtf8().constData(), m.captured(2).toUtf8());
            if (m.captured(1) == u"AMELI_TEST_PG_DIR")
                m_cluster = m.captured(2);
        }
        if (m_cluster.isEmpty())
            qFatal("pg-throwaway.sh start said no folder: %s", qPrintable(out));
        qputenv("AMELI_TEST_ENGINE", "postgresql");
    }
    ~ThrowawayServer() { run({QStringLiteral("stop"), m_cluster}); }
    ThrowawayServer(const ThrowawayServer &) = delete;
    ThrowawayServer &operator=(const ThrowawayServer &) = delete;

    // Stopped, its files kept, until resume(): a server that went away.
    void halt() const { run({QStringLiteral("halt"), m_cluster}); }
    void resume() const { run({QStringLiteral("resume"), m_cluster}); }
    void restart() const { run({QStringLiteral("restart"), m_cluster}); }

private:
    static QString run(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(AMELI_SOURCE_DIR "/scripts/pg-throwaway.sh"), arguments);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qFatal("pg-throwaway.sh %s: %s", qPrintable(arguments.join(u' ')),
                   p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString m_cluster;
};
