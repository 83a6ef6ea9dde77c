#pragma once

#include <QObject>

class QAbstractItemView;

// Keeps the items of hidden lists, trees and tables out of a screen reader's view (X4). Qt 6.4
// says an item is visible when it lies within its view's rectangle, whether or not the view
// is shown: the choices of every closed drop-down list and the rows of the hidden trainer
// panel were announced as showing. A hidden view is given no size, and gets it back from its
// layout when it shows again. Only views a screen reader has reached are watched. Lives on
// the GUI thread, like the views it watches.
class HiddenListItems : public QObject
{
    Q_OBJECT

public:
    // Once per application, before any screen reader asks for a view.
    static void install();
    // Done by install()'s accessibility factory for each view a screen reader reaches.
    static void watch(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
