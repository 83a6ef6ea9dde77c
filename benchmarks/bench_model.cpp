#include "captcha/CaptchaAudioBuilder.h"
#include "captcha/CaptchaImageRenderer.h"
#include "identity/Nir.h"
#include "personas/PersonaCsvImporter.h"
#include "security/SecretHasher.h"
#include "store/Database.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

// Speed of the model's slow parts. Not a test: run it by hand and write the numbers down in
// docs/benchmarks.md (build/default/benchmarks/bench_model).
class BenchModel : public QObject
{
    Q_OBJECT

private slots:
    void importHundredThousandRows()
    {
        QByteArray csv = "nir;date_naissance;prenom;nom;email\n";
        for (int i = 0; i < 100000; ++i) {
            const QString nir = QStringLiteral("1%1%2%3%4")
                                    .arg(i % 90 + 10)
                                    .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                                    .arg(i % 95 + 1, 2, 10, QLatin1Char('0'))
                                    .arg(i, 6, 10, QLatin1Char('0'));
            csv += nir.toLatin1() +
                   QByteArray::number(ameli::Nir::computeKey(nir)).rightJustified(2, '0') + ";01/" +
                   QByteArray::number(i % 12 + 1).rightJustified(2, '0') + "/19" +
                   QByteArray::number(i % 90 + 10) + ";Prenom;Nom;p" + QByteArray::number(i) +
                   "@exemple.fr\n";
        }
        QBENCHMARK_ONCE
        {
            QTemporaryDir dir;
            ameli::Database db(dir.filePath(QStringLiteral("bench.sqlite")));
            QBuffer buffer(&csv);
            buffer.open(QIODevice::ReadOnly);
            const ameli::ImportReport report =
                ameli::PersonaCsvImporter::import(buffer, db, QDate(2026, 3, 2));
            QVERIFY2(report.ok(), qPrintable(report.errors.value(0)));
            QCOMPARE(report.imported, 100000);
        }
    }

    void hashAPersonalCodeInteractive()
    {
        const ameli::SecretHasher hasher;
        QBENCHMARK
        {
            hasher.hash(QStringLiteral("MotdePasse1"));
        }
    }

    void buildCaptchaSound()
    {
        QBENCHMARK
        {
            ameli::CaptchaAudioBuilder::buildWav(QStringLiteral("K7MPX3"));
        }
    }

    void drawCaptchaImage()
    {
        QBENCHMARK
        {
            ameli::CaptchaImageRenderer::render(QStringLiteral("K7MPX3"));
        }
    }
};

QTEST_MAIN(BenchModel)
#include "bench_model.moc"
