#include "Announcer.h"

#include <QAccessible>
#include <QString>
#include <QWidget>

void Announcer::announce(QWidget *source, const QString &text)
{
    if (!source || text.isEmpty())
        return;
    // Qt 6.4 has no announcement event: a name change plus an alert on a live label is what
    // AT-SPI screen readers (Orca) read out.
    source->setAccessibleName(text);
    QAccessibleEvent nameChanged(source, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}
