#pragma once

#include <QAccessibleWidget>

class QAbstractScrollArea;

// What a screen reader is told of a page's scroll area: the page, and the scroll bars while
// they show. Replaces Qt 6.4's own interface, whose child() reads past its list when a
// screen reader asks by an index counted before a scroll bar went away (a crash, seen on
// « Code oublié ? » with an error shown). The children are counted at each question and an
// index out of range gets no child. GUI thread only.
class ScrollAreaAccessible : public QAccessibleWidget
{
public:
    explicit ScrollAreaAccessible(QAbstractScrollArea *area);

    // Once per application: plain QScrollAreas then get this interface.
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

private:
    QWidgetList shownChildren() const;
};
