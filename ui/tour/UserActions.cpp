#include "UserActions.h"

#include "JourneyRunner.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

void UserActions::click(QWidget *widget)
{
    if (!widget)
        return;
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
    QCoreApplication::processEvents();
}

void UserActions::type(QWidget *field, const QString &text)
{
    if (!field)
        return;
    QWidget *target = field->focusProxy() ? field->focusProxy() : field;
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, QPoint(8, target->height() / 2));
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_Backspace);
    QTest::keyClicks(target, text);
    QCoreApplication::processEvents();
}

void UserActions::pressKey(QWidget *widget, int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(widget, Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

void UserActions::clickRow(QTreeWidget *list, int row)
{
    // Rows as drawn: an unfolded conversation's mails count, a folded one's do not.
    QTreeWidgetItem *item = list->topLevelItem(0);
    for (int i = 0; item && i < row; ++i)
        item = list->itemBelow(item);
    if (!item)
        return;
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(item).center());
    QCoreApplication::processEvents();
}

bool UserActions::clickLink(QTextBrowser *browser, const QString &hrefPart)
{
    const QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() ||
                !fragment.charFormat().anchorHref().contains(hrefPart)) {
                continue;
            }
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QRect rect = browser->cursorRect(cursor);
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
            QCoreApplication::processEvents();
            return true;
        }
    }
    return false;
}

void UserActions::waitUntilIdle(const JourneyRunner &runner)
{
    // Bounded: a store that hangs must not hang the tour or a test for ever.
    const QDeadlineTimer deadline(30000);
    while (runner.isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
}
