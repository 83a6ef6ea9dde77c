#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>
#include <QString>

class QWidget;

// Where a top-level window opens: where the person left it, if that still fits the screen it
// opens on, otherwise at a sensible size that fits (a 1366×768 office screen, a laptop at 150 %).
class WindowPlacement
{
public:
    // The window's geometry (without its frame) shrunk and moved so that, frame included, it
    // lies inside `available`. Never larger than `available`, even if the window asks for it.
    static QRect fitted(const QRect &geometry, const QMargins &frame, const QRect &available);
    // Restores the geometry saved under `key`, or gives `preferred`, then fits the screen.
    static void restore(QWidget &window, const QString &key, const QSize &preferred);
    static void save(const QWidget &window, const QString &key);
    // Fits the window into its screen's available area, its real frame included once shown.
    static void fitToScreen(QWidget &window);
};
