#include "CaptchaAudioBuilder.h"

#include "security/RandomSource.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <algorithm>
#include <random>

namespace ameli {

namespace {

int randomBetween(int low, int high)
{
    return low + int(RandomSource::uniform(quint32(high - low + 1)));
}

} // namespace

PcmClip CaptchaAudioBuilder::voiceClip(QChar character)
{
    static QMutex mutex;
    static QHash<QChar, PcmClip> cache;
    const QMutexLocker lock(&mutex);
    const QChar key = character.toUpper();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/captcha-voice/%1.wav").arg(key));
    PcmClip clip;
    if (file.open(QIODevice::ReadOnly))
        clip = PcmClip::fromWav(file.readAll());
    if (clip.sampleRate != kSampleRate)
        clip = {};
    cache.insert(key, clip);
    return clip;
}

PcmClip CaptchaAudioBuilder::build(const QString &characters)
{
    PcmClip out;
    out.sampleRate = kSampleRate;
    out.samples.resize(kSampleRate * 4 / 10);
    for (QChar c : characters) {
        const PcmClip clip = voiceClip(c);
        out.samples.append(clip.samples);
        out.samples.resize(out.samples.size() +
                           qsizetype(kSampleRate) * randomBetween(kMinGapMs, kMaxGapMs) / 1000);
    }
    // The hiss only has to sound random: a fast generator, seeded once from libsodium, instead
    // of a system call per sample (100,000 of them took 43-65 ms). The characters and the gaps
    // stay drawn by libsodium.
    std::seed_seq seed{RandomSource::uniform(0xffffffffu), RandomSource::uniform(0xffffffffu)};
    std::mt19937 noise(seed);
    std::uniform_int_distribution<int> hiss(-kNoiseAmplitude, kNoiseAmplitude);
    for (qint16 &s : out.samples) {
        const int noisy = int(s) + hiss(noise);
        s = qint16(std::clamp(noisy, -32768, 32767));
    }
    return out;
}

} // namespace ameli
