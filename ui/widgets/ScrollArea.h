#pragma once

#include <QScrollArea>

// The scroll area of pages and dialogs. A class of its own so that its accessibility
// interface is ScrollAreaAccessible's whatever order the factories were installed in: Qt
// asks for the most derived class name first, and knows nothing of this one.
class ScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    using QScrollArea::QScrollArea;
};
