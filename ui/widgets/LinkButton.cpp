#include "LinkButton.h"

LinkButton::LinkButton(const QString &text, QWidget *parent)
    : QPushButton(text, parent)
{
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setProperty("link", true);
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}
