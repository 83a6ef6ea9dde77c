#include "CaptchaIcons.h"

#include "DesignTokens.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr int kSize = 48;

QPixmap canvas()
{
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

} // namespace

QIcon CaptchaIcons::arrow()
{
    QPixmap pixmap = canvas();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(tokens::primaryBlue, 5, Qt::SolidLine, Qt::RoundCap));
    // Three quarters of a circle, then the arrow's head at its open end.
    const QRectF circle(9, 9, 30, 30);
    p.drawArc(circle, 100 * 16, 280 * 16);
    QPainterPath head;
    head.moveTo(24, 2);
    head.lineTo(36, 9);
    head.lineTo(24, 16);
    head.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(tokens::primaryBlue);
    p.drawPath(head);
    return QIcon(pixmap);
}

QIcon CaptchaIcons::microphone()
{
    QPixmap pixmap = canvas();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(tokens::primaryBlue);
    // The capsule.
    p.drawRoundedRect(QRectF(17, 4, 14, 24), 7, 7);
    // Its holder, the stand and the foot.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(tokens::primaryBlue, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(11, 12, 26, 24), 180 * 16, 180 * 16);
    p.drawLine(QPointF(24, 36), QPointF(24, 43));
    p.drawLine(QPointF(16, 44), QPointF(32, 44));
    return QIcon(pixmap);
}
