#include "LiveRegion.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QTimer>

namespace {

class LiveRegionAccessible : public QAccessibleWidget
{
public:
    explicit LiveRegionAccessible(LiveRegion *region)
        : QAccessibleWidget(region, QAccessible::Notification)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<LiveRegion *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *liveRegionFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("LiveRegion"))
        return new LiveRegionAccessible(static_cast<LiveRegion *>(object));
    return nullptr;
}

} // namespace

LiveRegion::LiveRegion(QWidget &window)
    : QWidget(&window)
    , m_gather(new QTimer(this))
{
    m_gather->setSingleShot(true);
    m_gather->setInterval(0);
    connect(m_gather, &QTimer::timeout, this, &LiveRegion::speak);
    static const bool installed = [] {
        QAccessible::installFactory(liveRegionFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("liveRegion"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setGeometry(0, 0, 1, 1);
    hide();
}

LiveRegion *LiveRegion::of(QWidget *anyWidgetOfTheWindow)
{
    QWidget *window = anyWidgetOfTheWindow ? anyWidgetOfTheWindow->window() : nullptr;
    if (!window)
        return nullptr;
    if (auto *region = window->findChild<LiveRegion *>(QStringLiteral("liveRegion"),
                                                       Qt::FindDirectChildrenOnly))
        return region;
    return new LiveRegion(*window);
}

void LiveRegion::say(const QString &text)
{
    if (text.isEmpty() || m_pending.contains(text))
        return;
    m_pending << text;
    m_gather->start();
}

void LiveRegion::speak()
{
    m_text = m_pending.join(QLatin1Char(' '));
    m_pending.clear();
    // Hidden then shown: "showing" goes false then true, and a screen reader reads the name.
    hide();
    lower();
    show();
}
