#include "RecordingWorld.h"
#include "WindowPlacement.h"
#include "journey/StepKeys.h"
#include "mail/MailTemplates.h"

#include <QAbstractButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace ameli;

namespace {

QRect available()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

// What a person would see cut: a button or a one-line label narrower than its text.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root->window()) || w->width() <= 0)
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w);
                 l && !l->wordWrap() && !l->text().isEmpty() && l->pixmap().isNull())
            text = l->text();
        if (!text.isEmpty() && w->sizeHint().width() > w->width() + 1)
            cut << QStringLiteral("« %1 » (%2 < %3)")
                       .arg(text)
                       .arg(w->width())
                       .arg(w->sizeHint().width());
    }
    return cut;
}

// A scroll area whose content is wider than its view: what is on the right is hidden.
QStringList clippedAreas(QWidget *root)
{
    QStringList clipped;
    for (QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (!area->isVisibleTo(root->window()) || !area->widget())
            continue;
        const int content =
            std::max(area->widget()->width(), area->widget()->minimumSizeHint().width());
        if (content > area->viewport()->width() + 1) {
            QString owner;
            for (QWidget *p = area; p && owner.isEmpty(); p = p->parentWidget())
                owner = p->accessibleName().isEmpty() ? p->windowTitle() : p->accessibleName();
            clipped << QStringLiteral("%1 (%2 > %3)")
                           .arg(owner)
                           .arg(content)
                           .arg(area->viewport()->width());
        }
    }
    return clipped;
}

} // namespace

// The window fits the screen it opens on, whatever its size and scaling (this test runs on a
// 1366×768 office screen and on a 1600×1000 laptop at 150 %, given to the offscreen platform):
// nothing is cut, pages scroll, and the size and place are remembered.
class TestWindowFitGui : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSettings().remove(QStringLiteral("window"));
        QSettings().remove(QStringLiteral("mailbox"));
    }

    void opensInsideTheScreen()
    {
        TestWorld world;
        MainWindow window(*world.journey, *world.db, world.clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available().contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(available().width())
                                .arg(available().height())));
        QVERIFY(window.minimumSizeHint().width() <= available().width());
        QVERIFY(window.minimumSizeHint().height() <= available().height());
        window.showMailbox();
        QVERIFY(available().contains(window.mailbox()->frameGeometry()));
        window.mailbox()->close();
    }

    // Every page with the trainer's panel and the participant's card open: inside the screen,
    // no page wider than the window (only vertical scrolling), no text cut.
    void everyPageFitsWithThePanelOpen_data()
    {
        QTest::addColumn<QString>("step");
        for (const QString &key : StepKeys::allKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void everyPageFitsWithThePanelOpen()
    {
        QFETCH(QString, step);
        RecordingWorld w;
        WindowPlacement::fitToScreen(*w.window);
        w.startScenario(QStringLiteral("nominal"));
        w.panel->show();
        QVERIFY(w.card->isVisible());
        w.window->display(*StepKeys::fromKey(step));
        QCoreApplication::processEvents();
        QVERIFY(available().contains(w.window->frameGeometry()));
        auto *scroll =
            qobject_cast<QScrollArea *>(w.window->currentPage()->parentWidget()->parentWidget());
        QVERIFY(scroll);
        const QStringList clipped = clippedAreas(w.window.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral(", "))));
        const QStringList cut = cutTexts(w.window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
    }

    // The subject column gets the room: the guide's whole subject is read at the mailbox's
    // size on this screen; narrower, it loses its middle, and its tooltip holds it all.
    void subjectsAreShownWhole()
    {
        GuiWorld w;
        WindowPlacement::fitToScreen(*w.window);
        w.walkToValidationPending();
        w.window->showMailbox();
        MailboxWindow *mailbox = w.window->mailbox();
        mailbox->showAddress(QLatin1String(TestWorld::kEmail));
        QCoreApplication::processEvents();
        QTreeWidget *list = mailbox->mailList();
        QTreeWidgetItem *validation = list->topLevelItem(0);
        QCOMPARE(validation->text(1), MailTemplates::validationSubject());
        QCOMPARE(validation->toolTip(1), MailTemplates::validationSubject());
        const int needed =
            list->fontMetrics().horizontalAdvance(MailTemplates::validationSubject()) + 12;
        QVERIFY2(list->columnWidth(1) >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(list->columnWidth(1)).arg(needed)));
        QCOMPARE(list->textElideMode(), Qt::ElideMiddle);
    }

    void sizeAndPlaceAreRemembered()
    {
        TestWorld world;
        const QRect chosen(available().topLeft() + QPoint(40, 50), QSize(900, 560));
        {
            MainWindow window(*world.journey, *world.db, world.clock);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(chosen);
            QCoreApplication::processEvents();
            window.close();
        }
        MainWindow again(*world.journey, *world.db, world.clock);
        QCOMPARE(again.size(), chosen.size());
        QCOMPARE(again.geometry().topLeft(), chosen.topLeft());
    }

    // A size saved on a bigger screen is brought back inside this one.
    void aPlaceFromABiggerScreenIsBroughtBack()
    {
        TestWorld world;
        {
            MainWindow window(*world.journey, *world.db, world.clock);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(QRect(available().right() - 100, 300, 2400, 1500));
            QCoreApplication::processEvents();
            window.close();
        }
        MainWindow again(*world.journey, *world.db, world.clock);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(available().contains(again.frameGeometry()));
    }

    void fittedKeepsTheFrameInside_data()
    {
        QTest::addColumn<QRect>("geometry");
        QTest::addColumn<QRect>("expected");
        const QRect screen(0, 0, 1366, 768);
        QTest::newRow("fits") << QRect(100, 100, 800, 600) << QRect(100, 100, 800, 600);
        QTest::newRow("too tall") << QRect(100, 100, 1100, 820) << QRect(100, 32, 1100, 732);
        QTest::newRow("too wide and off") << QRect(900, 40, 1600, 500) << QRect(4, 40, 1358, 500);
        QTest::newRow("left of the screen") << QRect(-300, 40, 800, 500) << QRect(4, 40, 800, 500);
    }

    void fittedKeepsTheFrameInside()
    {
        QFETCH(QRect, geometry);
        QFETCH(QRect, expected);
        QCOMPARE(WindowPlacement::fitted(geometry, QMargins(4, 32, 4, 4), QRect(0, 0, 1366, 768)),
                 expected);
    }

    // The trainer's panel floats (a second screen) and is found floating next time.
    void floatingPanelIsRemembered()
    {
        {
            RecordingWorld w;
            w.panel->show();
            w.panel->setFloating(true);
            QCoreApplication::processEvents();
            w.window->close();
        }
        RecordingWorld again;
        again.panel->show();
        QVERIFY(again.panel->isFloating());
        again.panel->setFloating(false);
        again.window->close();
    }
};

QTEST_MAIN(TestWindowFitGui)
#include "tst_windowfitgui.moc"
