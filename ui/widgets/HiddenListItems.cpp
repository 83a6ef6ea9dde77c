#include "HiddenListItems.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QCoreApplication>
#include <QEvent>
#include <QLayout>

namespace {

const char *const kWatched = "ameliHiddenItemsWatched";
const char *const kShownGeometry = "ameliShownGeometry";

// Asked first for every object a screen reader reaches: it watches item views and leaves the
// making of the interface to Qt.
QAccessibleInterface *hiddenListFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(object))
        HiddenListItems::watch(view);
    return nullptr;
}

void shrink(QWidget *view)
{
    if (view->isVisible() || view->size().isEmpty())
        return;
    view->setProperty(kShownGeometry, view->geometry());
    view->resize(0, 0);
}

void regrow(QWidget *view)
{
    const QVariant shown = view->property(kShownGeometry);
    if (!shown.isValid())
        return;
    view->setProperty(kShownGeometry, QVariant());
    view->setGeometry(shown.toRect());
    // Where the view sits in a layout, the layout decides: the window may have changed size
    // while the view was hidden.
    QWidget *parent = view->parentWidget();
    if (parent && parent->layout() && parent->layout()->indexOf(view) >= 0) {
        parent->layout()->invalidate();
        parent->layout()->activate();
    }
}

} // namespace

void HiddenListItems::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(hiddenListFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void HiddenListItems::watch(QAbstractItemView *view)
{
    static auto *filter = new HiddenListItems(QCoreApplication::instance());
    if (view->property(kWatched).toBool())
        return;
    view->setProperty(kWatched, true);
    view->installEventFilter(filter);
    shrink(view);
}

bool HiddenListItems::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = static_cast<QWidget *>(watched);
    if (event->type() == QEvent::Hide)
        shrink(view);
    else if (event->type() == QEvent::Show)
        regrow(view);
    return QObject::eventFilter(watched, event);
}
