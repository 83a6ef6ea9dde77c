#include "StepHeader.h"

StepHeader::StepHeader(int current, QWidget *parent)
    : QLabel(parent)
{
    QStringList parts;
    for (int i = 1; i <= 3; ++i) {
        const QString step = tr("Étape %1").arg(i);
        parts << (i == current ? QStringLiteral("<b>%1</b>").arg(step) : step);
    }
    setText(parts.join(QStringLiteral(" &gt; ")));
    setTextFormat(Qt::RichText);
    setProperty("stepHeader", true);
    setAccessibleName(tr("Étape %1 sur 3").arg(current));
}
