#include "CaptchaImageRenderer.h"

#include "security/RandomSource.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace ameli {

namespace {

int between(int low, int high)
{
    return low + int(RandomSource::uniform(quint32(high - low + 1)));
}

} // namespace

QImage CaptchaImageRenderer::render(const QString &characters)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(QColor(0xe7, 0xec, 0xf5));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    // Background noise first, light enough to keep the letters' contrast.
    for (int i = 0; i < 350; ++i) {
        painter.setPen(QColor(between(150, 210), between(160, 215), between(170, 225)));
        painter.drawPoint(between(0, kWidth - 1), between(0, kHeight - 1));
    }
    for (int i = 0; i < 3; ++i) {
        QPainterPath curve;
        curve.moveTo(0, between(10, kHeight - 10));
        curve.cubicTo(kWidth / 3.0, between(0, kHeight), 2 * kWidth / 3.0, between(0, kHeight),
                      kWidth, between(10, kHeight - 10));
        painter.setPen(QPen(QColor(between(90, 150), between(100, 150), between(140, 190)), 1.5));
        painter.drawPath(curve);
    }

    QFont font(QStringLiteral("Liberation Sans"));
    font.setPixelSize(40);
    font.setBold(true);
    painter.setFont(font);
    const int count = int(characters.size());
    const double cell = count > 0 ? (kWidth - 20.0) / count : kWidth;
    for (int i = 0; i < count; ++i) {
        painter.save();
        painter.translate(10 + cell * i + cell / 2, kHeight / 2.0 + between(-6, 6));
        painter.rotate(between(-25, 25));
        painter.shear(between(-20, 20) / 100.0, 0);
        painter.setPen(QColor(between(0x0c, 0x40), between(0x20, 0x50), between(0x60, 0x9a)));
        painter.drawText(QRectF(-cell / 2, -30, cell, 60), Qt::AlignCenter, characters.mid(i, 1));
        painter.restore();
    }

    // One curve over the letters, thin enough not to hide them.
    QPainterPath strike;
    strike.moveTo(0, between(25, 55));
    strike.cubicTo(kWidth / 3.0, between(15, 65), 2 * kWidth / 3.0, between(15, 65), kWidth,
                   between(25, 55));
    painter.setPen(QPen(QColor(0x0c, 0x41, 0x9a, 160), 2));
    painter.drawPath(strike);
    painter.end();
    return image;
}

} // namespace ameli
