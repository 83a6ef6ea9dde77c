#include "HandoutJob.h"

#include <QFileInfo>

HandoutJob::HandoutJob(QString program, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        QString last;
        while (m_process.canReadLine())
            last = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!last.isEmpty())
            emit progressed(last);
    });
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_errors += m_process.readAllStandardError(); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit finished(false, tr("Le pas-à-pas n'a pas pu être préparé : le programme %1 "
                                    "n'a pas démarré.")
                                     .arg(m_program));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_cancelled) {
            emit finished(false, tr("Pas-à-pas annulé : aucun fichier n'a été écrit."));
            return;
        }
        if (status == QProcess::NormalExit && code == 0 && QFileInfo(m_path).isFile()) {
            emit finished(true, tr("Pas-à-pas enregistré : %1").arg(m_path));
            return;
        }
        const QString why = QString::fromUtf8(m_errors).trimmed().section(QLatin1Char('\n'), -1);
        emit finished(false, why.isEmpty()
                                 ? tr("Le pas-à-pas n'a pas pu être écrit (code %1).").arg(code)
                                 : tr("Le pas-à-pas n'a pas pu être écrit : %1").arg(why));
    });
}

HandoutJob::~HandoutJob()
{
    if (running()) {
        m_cancelled = true;
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

void HandoutJob::start(const QString &path, const QString &language, double scale)
{
    if (running())
        return;
    m_path = QFileInfo(path).absoluteFilePath();
    m_errors.clear();
    m_cancelled = false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // It draws offscreen, whatever this window's platform is.
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("QT_SCALE_FACTOR"));
    m_process.setProcessEnvironment(environment);
    m_process.start(m_program, {QStringLiteral("--handout"), m_path, QStringLiteral("--lang"),
                                language, QStringLiteral("--scale"), QString::number(scale)});
}

void HandoutJob::cancel()
{
    if (!running())
        return;
    m_cancelled = true;
    m_process.kill();
}
