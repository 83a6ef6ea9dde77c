#pragma once

#include <QObject>
#include <QProcess>

// « Imprimer le pas-à-pas » from the trainer's panel: the simulator itself, started again with
// `--handout FILE` in a process of its own, draws the journey on a temporary store offscreen
// while the trainer's window goes on. Owned by the GUI thread; the process talks through its
// output, read on that thread.
class HandoutJob : public QObject
{
    Q_OBJECT

public:
    // `program`: the simulator's executable (this one, unless a test says otherwise).
    explicit HandoutJob(QString program, QObject *parent = nullptr);
    ~HandoutJob() override;

    void start(const QString &path, const QString &language, double scale);
    void cancel();
    bool running() const { return m_process.state() != QProcess::NotRunning; }

signals:
    // The last line it said: "Écran 5 dessiné", "Page 3 sur 20 écrite".
    void progressed(const QString &line);
    // Done, with the French sentence to show (the file written, or why not).
    void finished(bool written, const QString &message);

private:
    QString m_program;
    QString m_path;
    QProcess m_process;
    QByteArray m_errors;
    bool m_cancelled = false;
};
