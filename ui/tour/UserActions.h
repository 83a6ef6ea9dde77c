#pragma once

#include <QString>

class JourneyRunner;
class QAbstractButton;
class QTextBrowser;
class QTreeWidget;
class QWidget;

// What a person does with the keyboard and the mouse, as real input events: the storyboard
// tour and the GUI tests drive the screens through these.
class UserActions
{
public:
    static void click(QWidget *widget);
    // Focuses the field by a click, selects what it holds and types over it.
    static void type(QWidget *field, const QString &text);
    static void pressKey(QWidget *widget, int key,
                         Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void clickRow(QTreeWidget *list, int row);
    // Clicks the first link whose address contains `hrefPart`. False when there is none.
    static bool clickLink(QTextBrowser *browser, const QString &hrefPart);
    // Lets the action running off the GUI thread finish and its result reach the screen.
    static void waitUntilIdle(const JourneyRunner &runner);
};
