#include "VerticalScrollArea.h"

#include <QScrollBar>

VerticalScrollArea::VerticalScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    QSize hint = QScrollArea::minimumSizeHint();
    if (const QWidget *content = widget()) {
        hint.setWidth(content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() +
                      2 * frameWidth());
    }
    return hint;
}
