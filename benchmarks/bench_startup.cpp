// From the process's start to its window's first paint, and the memory it holds then, for
// the simulator (on an existing store, and on a new one that it seeds) beside a bare Qt window
// started the same way, in the same run. Not a test: scripts/run-benchmarks.sh runs it.
//
// bench_startup SIMULATOR BARE_WINDOW
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

namespace {

struct Start
{
    double ms = -1;
    double peakMiB = -1;
};

// The child's peak resident memory so far (VmHWM), read before it is stopped.
double peakMiBOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

Start timeOne(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMELI_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    process.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    process.start(program, arguments);
    Start result;
    while (process.waitForReadyRead(20000)) {
        if (process.readAllStandardOutput().contains("painted")) {
            result.ms = double(t.nsecsElapsed()) / 1e6;
            result.peakMiB = peakMiBOf(process.processId());
            break;
        }
    }
    process.kill();
    process.waitForFinished();
    return result;
}

Start median(std::vector<Start> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Start &a, const Start &b) { return a.ms < b.ms; });
    return runs[runs.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 3) {
        out << "usage: bench_startup SIMULATOR BARE_WINDOW" << Qt::endl;
        return 2;
    }
    const QString simulator = QString::fromLocal8Bit(argv[1]);
    const QString bare = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir home;
    const QString store = home.filePath(QStringLiteral("store.sqlite"));
    // The store made once, so that the "existing store" runs open a seeded one.
    timeOne(simulator, {QStringLiteral("--db"), store}, home.path());

    std::vector<Start> bareRuns, existingRuns, newRuns;
    for (int i = 0; i < 7; ++i) {
        bareRuns.push_back(timeOne(bare, {}, home.path()));
        existingRuns.push_back(timeOne(simulator, {QStringLiteral("--db"), store}, home.path()));
        const QString fresh = home.filePath(QStringLiteral("fresh-%1.sqlite").arg(i));
        newRuns.push_back(timeOne(simulator, {QStringLiteral("--db"), fresh}, home.path()));
    }
    const Start floor = median(bareRuns);
    for (const auto &[what, runs] :
         {std::pair{"first paint, existing store", median(existingRuns)},
          std::pair{"first paint, new store (seeded)", median(newRuns)}}) {
        out << what << ": " << QString::number(runs.ms, 'f', 0) << " ms vs bare window "
            << QString::number(floor.ms, 'f', 0) << " ms, ratio "
            << QString::number(runs.ms / floor.ms, 'f', 2) << "; peak memory "
            << QString::number(runs.peakMiB, 'f', 0) << " MiB vs "
            << QString::number(floor.peakMiB, 'f', 0) << " MiB, +"
            << QString::number(runs.peakMiB - floor.peakMiB, 'f', 0) << " MiB" << Qt::endl;
    }
    return 0;
}
