#include "FirstPaintReporter.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

FirstPaintReporter::FirstPaintReporter(QWidget &window)
    : QObject(&window)
{
    window.installEventFilter(this);
}

bool FirstPaintReporter::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Once this paint is done, not when it starts.
        QTimer::singleShot(0, this, [] {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
        });
    }
    return false;
}
