#include "ReplayOverlay.h"

#include "DesignTokens.h"

#include <QEvent>
#include <QPainter>
#include <QTimer>

namespace {

constexpr qint64 kRingLifeMs = 900;
constexpr qint64 kFlashLifeMs = 700;

} // namespace

ReplayOverlay::ReplayOverlay(QWidget *covered)
    : QWidget(covered)
    , m_fade(new QTimer(this))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    m_age.start();
    m_fade->setInterval(40);
    connect(m_fade, &QTimer::timeout, this, [this] {
        const qint64 now = m_age.elapsed();
        m_rings.erase(std::remove_if(m_rings.begin(), m_rings.end(),
                                     [now](const Ring &r) { return now - r.born > kRingLifeMs; }),
                      m_rings.end());
        if (m_flash && now - m_flashBorn > kFlashLifeMs)
            m_flash.clear();
        if (m_rings.isEmpty() && !m_flash)
            m_fade->stop();
        update();
    });
    raise();
}

bool ReplayOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void ReplayOverlay::setFocusWidget(QWidget *widget)
{
    m_focus = widget;
    update();
}

void ReplayOverlay::flash(QWidget *widget)
{
    m_flash = widget;
    m_flashBorn = m_age.elapsed();
    m_fade->start();
    update();
}

void ReplayOverlay::ring(const QPoint &position, bool hitNothing)
{
    m_rings.append({position, hitNothing, m_age.elapsed()});
    m_fade->start();
    raise();
    update();
}

void ReplayOverlay::clear()
{
    m_focus.clear();
    m_flash.clear();
    m_rings.clear();
    update();
}

QRect ReplayOverlay::rectOf(const QWidget *widget) const
{
    if (!widget || !widget->isVisible())
        return {};
    return QRect(widget->mapTo(parentWidget(), QPoint(0, 0)), widget->size());
}

void ReplayOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (const QRect r = rectOf(m_focus); r.isValid()) {
        p.setPen(QPen(tokens::primaryBlue, 3));
        p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 4, 4);
    }
    if (const QRect r = rectOf(m_flash); r.isValid()) {
        p.fillRect(r.adjusted(-2, -2, 2, 2),
                   QColor(tokens::cyan.red(), tokens::cyan.green(), tokens::cyan.blue(), 90));
    }
    const qint64 now = m_age.elapsed();
    for (const Ring &ring : std::as_const(m_rings)) {
        const qreal age = qreal(now - ring.born) / kRingLifeMs;
        QColor c = ring.hitNothing ? tokens::warning : tokens::primaryBlue;
        c.setAlphaF(std::max(0.15, 1.0 - age));
        p.setPen(QPen(c, 3));
        const qreal radius = 10 + 14 * std::min(1.0, age);
        p.drawEllipse(QPointF(ring.position), radius, radius);
        if (ring.hitNothing) {
            p.drawLine(ring.position + QPoint(-6, -6), ring.position + QPoint(6, 6));
            p.drawLine(ring.position + QPoint(-6, 6), ring.position + QPoint(6, -6));
        }
    }
}
