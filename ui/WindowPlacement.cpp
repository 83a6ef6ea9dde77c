#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>
#include <algorithm>

namespace {

// Before the window manager has framed a window, its frame is unknown: a title bar and thin
// borders, as on the desktops the simulator runs on.
constexpr QMargins kFrameEstimate(4, 32, 4, 4);

QMargins frameOf(const QWidget &window)
{
    if (!window.isVisible())
        return kFrameEstimate;
    const QRect frame = window.frameGeometry();
    const QRect inner = window.geometry();
    const QMargins known(inner.left() - frame.left(), inner.top() - frame.top(),
                         frame.right() - inner.right(), frame.bottom() - inner.bottom());
    return known.isNull() ? kFrameEstimate : known;
}

QString geometryKey(const QString &key)
{
    return key + QStringLiteral("/geometry");
}

} // namespace

QRect WindowPlacement::fitted(const QRect &geometry, const QMargins &frame, const QRect &available)
{
    const QSize room = available.size().shrunkBy(frame).expandedTo(QSize(1, 1));
    const QSize size = geometry.size().boundedTo(room);
    // The frame's top-left corner, kept inside the available area.
    const QRect outer(geometry.topLeft() - QPoint(frame.left(), frame.top()), size.grownBy(frame));
    const int x = std::clamp(outer.left(), available.left(), available.right() + 1 - outer.width());
    const int y = std::clamp(outer.top(), available.top(), available.bottom() + 1 - outer.height());
    return QRect(QPoint(x + frame.left(), y + frame.top()), size);
}

void WindowPlacement::restore(QWidget &window, const QString &key, const QSize &preferred)
{
    const QByteArray saved = QSettings().value(geometryKey(key)).toByteArray();
    if (saved.isEmpty() || !window.restoreGeometry(saved)) {
        window.resize(preferred);
        if (const QScreen *screen =
                window.screen() ? window.screen() : QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            QRect centred(QPoint(),
                          window.size().boundedTo(available.size().shrunkBy(kFrameEstimate)));
            centred.moveCenter(available.center());
            window.setGeometry(centred);
        }
    }
    fitToScreen(window);
}

void WindowPlacement::save(const QWidget &window, const QString &key)
{
    QSettings().setValue(geometryKey(key), window.saveGeometry());
}

void WindowPlacement::fitToScreen(QWidget &window)
{
    const QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (!screen || window.isFullScreen() || window.isMaximized())
        return;
    const QRect target = fitted(window.geometry(), frameOf(window), screen->availableGeometry());
    if (target != window.geometry())
        window.setGeometry(target);
}
