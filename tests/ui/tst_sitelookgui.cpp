// The simulated site looks like the site without borrowing its marks: a wordmark area in the
// header, a footer, rounded buttons, the FranceConnect button's anatomy, the account's tiles.
#include "GuiWorld.h"
#include "pages/AccountHomePage.h"
#include "pages/LoginPage.h"
#include "widgets/FranceConnectButton.h"
#include "widgets/SiteFooter.h"
#include "widgets/SiteHeader.h"

#include <QScrollArea>
#include <QScrollBar>

using namespace ameli;

namespace {

// What the window shows of a widget: grabbed from the window, since a widget grabbed alone
// gets its whole rectangle filled with its background colour, rounded corners included.
QImage shown(QWidget *w)
{
    QWidget *top = w->window();
    return top->grab(QRect(w->mapTo(top, QPoint(0, 0)), w->size())).toImage();
}

QColor colourAt(QWidget *w, QPoint at)
{
    return shown(w).pixelColor(at * w->devicePixelRatioF());
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 &&
           std::abs(a.blue() - b.blue()) < 12;
}

} // namespace

class TestSiteLookGui : public QObject
{
    Q_OBJECT

private slots:
    // The stylesheet's rounded ends are drawn: the corner shows the card, the middle the blue.
    void buttonsAreRounded()
    {
        GuiWorld w;
        w.window->follow(NavigationLink::ConnectYourself);
        QPushButton *connect = w.button(QStringLiteral("ME CONNECTER"));
        QVERIFY(connect);
        const QColor blue(0x0c, 0x41, 0x9a);
        QVERIFY(near(colourAt(connect, connect->rect().center()), blue));
        const QColor corner = colourAt(connect, QPoint(1, 1));
        QVERIFY2(!near(corner, blue), qPrintable(corner.name()));
        QVERIFY(near(corner, Qt::white));
    }

    // The button as the design system draws it: 56 pixels high at least, square corners, dark
    // blue, a light mark where the logo goes, the whole sentence for screen readers.
    void franceConnectButtonHasItsAnatomy()
    {
        GuiWorld w;
        w.window->follow(NavigationLink::ConnectYourself);
        auto *fc = w.window->currentPage()->findChild<FranceConnectButton *>();
        QVERIFY(fc);
        QCOMPARE(fc->accessibleName(), QStringLiteral("S'identifier avec FranceConnect"));
        QVERIFY(fc->height() >= 56);
        QVERIFY(fc->width() >= 214);
        const QColor blue(0x00, 0x00, 0x91);
        // Square corners: the blue reaches the corner of the button (inside the focus margin).
        QVERIFY(near(colourAt(fc, QPoint(5, 5)), blue));
        QVERIFY(near(colourAt(fc, QPoint(fc->width() - 6, fc->height() - 6)), blue));
        // The logo placeholder's outline, 16 pixels in, is light on the blue.
        const QImage image = shown(fc);
        int light = 0;
        for (int x = 20; x < 60; ++x) {
            for (int y = 8; y < fc->height() - 8; ++y)
                light += image.pixelColor(QPoint(x, y) * fc->devicePixelRatioF()).lightness() > 200;
        }
        QVERIFY(light > 40);
        // It works with the keyboard, like any button.
        fc->setFocus(Qt::TabFocusReason);
        QTest::keyClick(fc, Qt::Key_Space);
        QVERIFY(w.notice().contains(u"FranceConnect"));
    }

    // The header's wordmark area is the simulator's own: a neutral emblem and plain words.
    void headerHasAWordmarkArea()
    {
        GuiWorld w;
        auto *header = w.window->findChild<SiteHeader *>();
        QVERIFY(header && header->isVisible());
        QStringList words;
        const QLabel *emblem = nullptr;
        for (QLabel *l : header->findChildren<QLabel *>()) {
            if (!l->pixmap().isNull())
                emblem = l;
            else
                words << l->text();
        }
        QVERIFY(emblem);
        QCOMPARE(emblem->accessibleName(), QStringLiteral("Emblème fictif du simulateur"));
        QVERIFY(words.contains(QStringLiteral("compte ameli")));
        QVERIFY(words.join(u' ').contains(u"simulation"));
    }

    // Every page ends with the site's footer, reached by scrolling down.
    void everyPageHasTheFooter()
    {
        GuiWorld w;
        for (Page *page : w.window->findChildren<Page *>()) {
            auto *footer = page->findChild<SiteFooter *>();
            QVERIFY2(footer, page->metaObject()->className());
            w.window->display(page->step());
            QCoreApplication::processEvents();
            auto *scroll = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            QCOMPARE(footer->geometry().bottom(), page->height() - 1);
            QVERIFY(footer->isVisible());
        }
    }

    // The account's services are tiles, two by row where there is room, one by row on a
    // narrow window, never wider than the window.
    void accountServicesAreTiles()
    {
        GuiWorld w;
        w.window->display(JourneyStep::AccountHome);
        auto *home = w.page<AccountHomePage>(JourneyStep::AccountHome);
        QCoreApplication::processEvents();
        QCOMPARE(home->tileColumns(), 2);
        QList<QPushButton *> tiles;
        for (QPushButton *b : home->findChildren<QPushButton *>()) {
            if (b->property("serviceTile").toBool())
                tiles << b;
        }
        QCOMPARE(tiles.size(), 5);
        QCOMPARE(tiles.at(0)->y(), tiles.at(1)->y());
        QVERIFY(tiles.at(1)->x() > tiles.at(0)->x());
        UserActions::click(tiles.at(2));
        QVERIFY(w.notice().contains(tiles.at(2)->text()));

        w.window->resize(560, w.window->height());
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(home->tileColumns(), 1);
        QVERIFY(tiles.at(1)->y() > tiles.at(0)->y());
        auto *scroll = qobject_cast<QScrollArea *>(home->parentWidget()->parentWidget());
        // The page narrows as its layout settles, a few turns of the event loop later.
        QTRY_VERIFY(home->width() <= scroll->viewport()->width());
    }
};

QTEST_MAIN(TestSiteLookGui)
#include "tst_sitelookgui.moc"
