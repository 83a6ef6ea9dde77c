#include "ScrollAreaAccessible.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QScrollArea>
#include <QScrollBar>

namespace {

QAccessibleInterface *scrollAreaFactory(const QString &className, QObject *object)
{
    // Scroll areas around pages and panels (QScrollArea and its subclasses, asked by their
    // own class name, before Qt's factory is asked for "QScrollArea"). Lists, trees and text
    // views are not QScrollAreas: they keep Qt's richer interfaces.
    auto *area = qobject_cast<QScrollArea *>(object);
    if (area && className == QLatin1String(object->metaObject()->className()))
        return new ScrollAreaAccessible(area);
    return nullptr;
}

} // namespace

ScrollAreaAccessible::ScrollAreaAccessible(QAbstractScrollArea *area)
    : QAccessibleWidget(area, QAccessible::Client)
{
}

void ScrollAreaAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(scrollAreaFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

QWidgetList ScrollAreaAccessible::shownChildren() const
{
    auto *area = static_cast<QAbstractScrollArea *>(widget());
    QWidgetList children;
    children << area->viewport();
    // A scroll bar lives in a container the area shows and hides with it.
    for (QScrollBar *bar : {area->verticalScrollBar(), area->horizontalScrollBar()}) {
        QWidget *container = bar->parentWidget();
        if (container && container != area && container->isVisible())
            children << container;
    }
    if (QWidget *corner = area->cornerWidget(); corner && corner->isVisible())
        children << corner;
    return children;
}

int ScrollAreaAccessible::childCount() const
{
    return int(shownChildren().size());
}

QAccessibleInterface *ScrollAreaAccessible::child(int index) const
{
    const QWidgetList children = shownChildren();
    if (index < 0 || index >= children.size())
        return nullptr;
    return QAccessible::queryAccessibleInterface(children.at(index));
}

int ScrollAreaAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || !child->object())
        return -1;
    return int(shownChildren().indexOf(qobject_cast<QWidget *>(child->object())));
}

QAccessibleInterface *ScrollAreaAccessible::childAt(int x, int y) const
{
    const QWidgetList children = shownChildren();
    for (QWidget *w : children) {
        const QRect global(w->mapToGlobal(QPoint(0, 0)), w->size());
        if (global.contains(x, y))
            return QAccessible::queryAccessibleInterface(w);
    }
    return nullptr;
}
