#pragma once

#include <QAudio>
#include <QByteArray>
#include <QObject>

class QAudioSink;
class QBuffer;

// Plays the CAPTCHA's characters aloud on the default audio output (F2, X3).
class CaptchaAudioPlayer : public QObject
{
    Q_OBJECT

public:
    explicit CaptchaAudioPlayer(QObject *parent = nullptr);
    ~CaptchaAudioPlayer() override;

    // Returns false, with a reason, when no audio output can play it.
    bool play(const QString &characters, QString *problem = nullptr);
    void stop();
    bool isPlaying() const;

signals:
    void finished();

private:
    QAudioSink *m_sink = nullptr;
    QBuffer *m_buffer = nullptr;
    QByteArray m_pcm;
};
