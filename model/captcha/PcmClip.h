#pragma once

#include <QByteArray>
#include <QVector>

namespace ameli {

// Mono 16-bit PCM samples and their rate: what the audio CAPTCHA is built from and becomes.
struct PcmClip
{
    int sampleRate = 16000;
    QVector<qint16> samples;

    bool isEmpty() const { return samples.isEmpty(); }
    double seconds() const { return sampleRate > 0 ? double(samples.size()) / sampleRate : 0; }

    // RIFF/WAVE, PCM 16-bit mono. Returns an empty clip for anything else.
    static PcmClip fromWav(const QByteArray &wav);
    QByteArray toWav() const;
    // Root mean square of the samples, 0 for silence, 32767 for a full-scale square wave.
    double rms() const;
};

} // namespace ameli
