#pragma once

#include "PcmClip.h"

#include <QString>

namespace ameli {

// The sound alternative of the CAPTCHA (F2, X3): each character's French voice clip (made by
// scripts/make-captcha-voice.sh, shipped as a resource), joined with random gaps and a light
// noise so that the same characters never give the same file twice.
class CaptchaAudioBuilder
{
public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kMinGapMs = 450;
    static constexpr int kMaxGapMs = 900;
    // Noise amplitude, in 16-bit units: audible as a hiss, far below the voice.
    static constexpr int kNoiseAmplitude = 300;

    static PcmClip build(const QString &characters);
    static QByteArray buildWav(const QString &characters) { return build(characters).toWav(); }
    // A character's clip as shipped, empty when the character has none.
    static PcmClip voiceClip(QChar character);
};

} // namespace ameli
