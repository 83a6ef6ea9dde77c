#include "Theme.h"

#include <QApplication>
#include <QFile>

void Theme::apply()
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QFile theme(QStringLiteral(":/theme/ameli.qss"));
    if (theme.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(theme.readAll()));
}
