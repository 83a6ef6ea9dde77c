#include "CaptchaAudioPlayer.h"

#include "captcha/CaptchaAudioBuilder.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QLoggingCategory>
#include <QMediaDevices>

Q_LOGGING_CATEGORY(lcAudio, "ameli.ui.audio")

CaptchaAudioPlayer::CaptchaAudioPlayer(QObject *parent)
    : QObject(parent)
{
}

CaptchaAudioPlayer::~CaptchaAudioPlayer()
{
    stop();
}

bool CaptchaAudioPlayer::isPlaying() const
{
    return m_sink && m_sink->state() == QAudio::ActiveState;
}

void CaptchaAudioPlayer::stop()
{
    if (m_sink) {
        m_sink->stop();
        m_sink->deleteLater();
        m_sink = nullptr;
    }
    if (m_buffer) {
        m_buffer->deleteLater();
        m_buffer = nullptr;
    }
}

bool CaptchaAudioPlayer::play(const QString &characters, QString *problem)
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        if (problem)
            *problem = tr("Aucune sortie audio n'est disponible sur cet ordinateur.");
        return false;
    }
    const ameli::PcmClip clip = ameli::CaptchaAudioBuilder::build(characters);
    QAudioFormat format;
    format.setSampleRate(clip.sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        qCWarning(lcAudio) << "audio output may resample 16 kHz mono";
    m_pcm = QByteArray(reinterpret_cast<const char *>(clip.samples.constData()),
                       clip.samples.size() * qsizetype(sizeof(qint16)));
    m_buffer = new QBuffer(&m_pcm, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(device, format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState) {
            stop();
            emit finished();
        } else if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError) {
            qCWarning(lcAudio) << "audio error" << m_sink->error();
        }
    });
    m_sink->start(m_buffer);
    if (m_sink->error() != QAudio::NoError) {
        if (problem)
            *problem = tr("Le son n'a pas pu être joué.");
        stop();
        return false;
    }
    return true;
}
