#include "GuiWorld.h"
#include "pages/ForgottenCodePage.h"
#include "widgets/CaptchaAudioPlayer.h"
#include "widgets/CaptchaBox.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QToolButton>
#include <cmath>

using namespace ameli;

// F2, X3: the microphone button really plays the characters on the default audio output.
// The test command starts PulseAudio with a null sink; this test records its monitor.
class TestCaptchaAudio : public QObject
{
    Q_OBJECT

private slots:
    void microphoneButtonPlaysSound_F2_X3()
    {
        QVERIFY2(!QMediaDevices::defaultAudioOutput().isNull(),
                 "no audio output: run the tests with ./scripts/test.sh, which starts PulseAudio "
                 "with a null sink");
        GuiWorld w;
        w.window->follow(NavigationLink::ForgottenCode);
        auto *page = w.page<ForgottenCodePage>(JourneyStep::ForgottenCode);
        CaptchaBox *box = page->captchaBox();

        QProcess recorder;
        recorder.start(QStringLiteral("parec"),
                       {QStringLiteral("--raw"), QStringLiteral("--device=@DEFAULT_MONITOR@"),
                        QStringLiteral("--format=s16le"), QStringLiteral("--rate=16000"),
                        QStringLiteral("--channels=1")});
        QVERIFY2(recorder.waitForStarted(5000), "parec (pulseaudio-utils) could not be started");

        QSignalSpy finished(box->player(), &CaptchaAudioPlayer::finished);
        UserActions::click(box->listenButton());
        QVERIFY(box->player()->isPlaying() || finished.count() == 1);
        // Six characters with their gaps last about 7 s.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        recorder.terminate();
        QVERIFY(recorder.waitForFinished(5000));

        const QByteArray raw = recorder.readAllStandardOutput();
        const auto *samples = reinterpret_cast<const qint16 *>(raw.constData());
        const qsizetype count = raw.size() / 2;
        QVERIFY2(count > 16000, qPrintable(QStringLiteral("%1 samples recorded").arg(count)));
        int peak = 0;
        double sum = 0;
        for (qsizetype i = 0; i < count; ++i) {
            peak = std::max(peak, std::abs(int(samples[i])));
            sum += double(samples[i]) * samples[i];
        }
        const double rms = std::sqrt(sum / double(count));
        qInfo("recorded %lld samples, peak %d, rms %.0f", qlonglong(count), peak, rms);
        QVERIFY2(peak > 3000 && rms > 150,
                 qPrintable(
                     QStringLiteral("peak %1, rms %2: the output was silent").arg(peak).arg(rms)));
    }
};

QTEST_MAIN(TestCaptchaAudio)
#include "tst_captchaaudio.moc"
