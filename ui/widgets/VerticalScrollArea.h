#pragma once

#include <QScrollArea>

// A scroll area that scrolls up and down only, and is never narrower than what it shows: the
// dock or page around it takes its width from the content, so nothing is hidden on the right.
class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;
};
