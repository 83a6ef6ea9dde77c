#include "Announcer.h"

#include "LiveRegion.h"

#include <QString>
#include <QWidget>

void Announcer::announce(QWidget *source, const QString &text)
{
    if (!source || text.isEmpty())
        return;
    // Spoken from the window's live region: the label that changed keeps its own name, and
    // nothing but the message itself reaches the screen reader.
    if (LiveRegion *region = LiveRegion::of(source))
        region->say(text);
}
