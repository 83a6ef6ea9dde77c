#include "captcha/CaptchaAudioBuilder.h"
#include "captcha/CaptchaImageRenderer.h"
#include "captcha/CaptchaService.h"

#include <QTest>

using namespace ameli;

namespace {

// Share of pixels clearly darker than the light background: where letters are drawn.
double darkShare(const QImage &image, const QRect &area)
{
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 110)
                ++dark;
        }
    }
    return double(dark) / (area.width() * area.height());
}

} // namespace

class TestCaptchaMedia : public QObject
{
    Q_OBJECT

private slots:
    // F2: the image shows every character, dark on light, and is never twice the same.
    void imageDrawsEveryCharacter_F2()
    {
        const QString chars = QStringLiteral("K7MPX3");
        const QImage image = CaptchaImageRenderer::render(chars);
        QCOMPARE(image.size(), QSize(CaptchaImageRenderer::kWidth, CaptchaImageRenderer::kHeight));
        const int cell = (CaptchaImageRenderer::kWidth - 20) / int(chars.size());
        for (int i = 0; i < chars.size(); ++i) {
            const QRect area(10 + cell * i + 4, 12, cell - 8, CaptchaImageRenderer::kHeight - 24);
            QVERIFY2(darkShare(image, area) > 0.05,
                     qPrintable(QStringLiteral("character %1 is not drawn").arg(i)));
        }
        QVERIFY(CaptchaImageRenderer::render(chars) != image);
        // Still readable: most of the picture stays light.
        QVERIFY(darkShare(image, image.rect()) < 0.35);
    }

    // F2, X3: every character of the alphabet has a French voice clip.
    void everyCharacterHasAVoiceClip_X3()
    {
        for (QChar c : CaptchaService::alphabet()) {
            const PcmClip clip = CaptchaAudioBuilder::voiceClip(c);
            QVERIFY2(clip.seconds() > 0.15 && clip.seconds() < 1.5,
                     qPrintable(QStringLiteral("%1: %2 s").arg(c).arg(clip.seconds())));
            QVERIFY2(clip.rms() > 500, qPrintable(QString(c)));
        }
        QVERIFY(CaptchaAudioBuilder::voiceClip(QLatin1Char('O')).isEmpty());
    }

    // F2: the sound says the characters one by one, with gaps and light noise.
    void soundJoinsClipsWithGapsAndNoise_F2()
    {
        const QString chars = QStringLiteral("K7MPX3");
        const PcmClip sound = CaptchaAudioBuilder::build(chars);
        double voices = 0;
        for (QChar c : chars)
            voices += CaptchaAudioBuilder::voiceClip(c).seconds();
        const double minGaps = chars.size() * CaptchaAudioBuilder::kMinGapMs / 1000.0;
        const double maxGaps = chars.size() * CaptchaAudioBuilder::kMaxGapMs / 1000.0;
        QVERIFY(sound.seconds() >= voices + minGaps);
        QVERIFY(sound.seconds() <= voices + maxGaps + 0.5);
        // Gaps are not pure silence (noise), yet far quieter than the voice.
        const PcmClip firstGap{sound.sampleRate, sound.samples.mid(0, 3000)};
        QVERIFY(firstGap.rms() > 20);
        QVERIFY(firstGap.rms() < 400);
        QVERIFY(sound.rms() > 3 * firstGap.rms());
        // Random gaps and noise: the same characters never give the same sound.
        QVERIFY(CaptchaAudioBuilder::build(chars).samples != sound.samples);
    }

    void wavRoundTrip()
    {
        const QByteArray wav = CaptchaAudioBuilder::buildWav(QStringLiteral("AB"));
        QVERIFY(wav.startsWith("RIFF"));
        QCOMPARE(wav.mid(8, 4), QByteArray("WAVE"));
        const PcmClip back = PcmClip::fromWav(wav);
        QCOMPARE(back.sampleRate, CaptchaAudioBuilder::kSampleRate);
        QCOMPARE(qsizetype(back.samples.size() * 2 + 44), wav.size());
        QVERIFY(PcmClip::fromWav(QByteArray("not a wav")).isEmpty());
        QVERIFY(PcmClip::fromWav(QByteArray()).isEmpty());
    }
};

QTEST_MAIN(TestCaptchaMedia)
#include "tst_captchamedia.moc"
