#include "GuiWorld.h"
#include "Screenshots.h"
#include "help/AboutDialog.h"
#include "help/UserGuideWindow.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

namespace {

// Runs `then` on the next modal window or popup once the event loop opens it.
template <typename F> void whenOpen(F then)
{
    QTimer::singleShot(0, [then] { then(); });
}

} // namespace

// The simulator's own help (issue 11): « À propos » names the build's version, the licence and
// the fictitious-data notice; the user guide opens from this machine, never from the web.
class TestHelpGui : public QObject
{
    Q_OBJECT

private slots:
    // Reached with the keyboard: Tab to « Aide », Space opens its menu, the mnemonic picks.
    void aboutBoxNamesTheBuildsVersion()
    {
        GuiWorld w;
        QToolButton *help = w.window->helpButton();
        QVERIFY(help->isVisible());
        QCOMPARE(help->accessibleName(), QStringLiteral("Aide"));
        QVERIFY(help->focusPolicy() & Qt::TabFocus);
        QString version, notice, licenceText;
        bool licenceShown = false;
        whenOpen([&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            whenOpen([&] {
                auto *about = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
                QVERIFY(about);
                screenshot(about, QStringLiteral("help-about"));
                version = about->versionLabel()->text();
                for (QLabel *l : about->findChildren<QLabel *>())
                    notice += l->text() + u'\n';
                whenOpen([&] {
                    QWidget *dialog = QApplication::activeModalWidget();
                    auto *text = dialog ? dialog->findChild<QPlainTextEdit *>() : nullptr;
                    licenceShown = text != nullptr;
                    if (text)
                        licenceText = text->toPlainText();
                    if (dialog)
                        QTest::keyClick(dialog, Qt::Key_Escape);
                    QTest::keyClick(about, Qt::Key_Escape);
                });
                QTest::keyClick(about->licenceButton(), Qt::Key_Space);
            });
            QTest::keyClick(menu, Qt::Key_P); // « À &propos du simulateur… »
        });
        help->setFocus(Qt::TabFocusReason);
        QTest::keyClick(help, Qt::Key_Space);
        QCOMPARE(version, QStringLiteral("Version %1").arg(QStringLiteral(AMELI_EXPECTED_VERSION)));
        QVERIFY(notice.contains(QStringLiteral("fictifs")));
        QVERIFY(notice.contains(QStringLiteral("Ce n'est pas le site de l'Assurance Maladie")));
        QVERIFY(notice.contains(QStringLiteral("Pas-à-pas : Utiliser un code provisoire")));
        QVERIFY(notice.contains(QStringLiteral("GPL-3.0-or-later")));
        for (const char *library : {"Qt 6", "libsodium", "zxcvbn-c", "libphonenumber", "espeak-ng"})
            QVERIFY2(notice.contains(QLatin1String(library)), library);
        QVERIFY(licenceShown);
        QVERIFY(licenceText.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(licenceText.contains(QStringLiteral("Version 3")));
    }

    // F1 anywhere in the window: the README, rendered, with its headings and pictures.
    void f1OpensTheUserGuide()
    {
        GuiWorld w;
        QTest::keyClick(w.window.get(), Qt::Key_F1);
        auto *guide = w.window->findChild<UserGuideWindow *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        const QString text = guide->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Simulateur du compte ameli")),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("Salle de formation")));
        // The Markdown is rendered, not shown as source.
        QVERIFY(!text.contains(QStringLiteral("## ")));
        QVERIFY(guide->browser()->document()->toHtml().contains(
            QStringLiteral("docs/storyboard/01-accueil-ameli-fr.png")));
        QVERIFY(!guide->statusLabel()->isVisible());
        screenshot(guide, QStringLiteral("help-user-guide"));
        // Once more: the same window comes back, not a second one.
        guide->hide();
        QTest::keyClick(w.window.get(), Qt::Key_F1);
        QCOMPARE(w.window->findChildren<UserGuideWindow *>().size(), 1);
        QVERIFY(guide->isVisible());
    }

    // A replay holds a frame of its own (a second MainWindow): F1 in the main window still
    // opens the guide (two application-wide F1 shortcuts would cancel each other).
    void f1WorksBesideAReplayFrame()
    {
        GuiWorld w;
        QWidget replay;
        auto *frame = new MainWindow(*w.journey, *w.db, w.clock, &replay);
        frame->setWindowFlags(Qt::Widget);
        replay.show();
        QApplication::setActiveWindow(w.window.get());
        QTest::keyClick(w.window.get(), Qt::Key_F1);
        auto *guide = w.window->findChild<UserGuideWindow *>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QVERIFY(!frame->findChild<UserGuideWindow *>());
    }

    // A link to another local page opens it in the window; a link to the web is not followed
    // and the window says why. Both reached with Tab and Enter, as a keyboard user would.
    void followsLocalLinksOnly()
    {
        QTemporaryDir dir;
        QFile page(dir.filePath(QStringLiteral("guide.md")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write(
            "# Guide\n\nSee [the other page](other.md) or [the web](https://www.ameli.fr).\n");
        page.close();
        QFile other(dir.filePath(QStringLiteral("other.md")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("# Other page\n\nIt opened.\n");
        other.close();

        UserGuideWindow guide;
        guide.show();
        QVERIFY(guide.open(page.fileName()));
        QTextBrowser *browser = guide.browser();
        browser->setFocus();
        QTest::keyClick(browser, Qt::Key_Tab);
        QTest::keyClick(browser, Qt::Key_Tab);
        QTest::keyClick(browser, Qt::Key_Return);
        QVERIFY2(guide.statusLabel()->isVisible(), "the web link said nothing");
        QVERIFY(guide.statusLabel()->text().contains(QStringLiteral("hors ligne")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("See the other page")));

        QVERIFY(guide.open(page.fileName()));
        browser->setFocus();
        QTest::keyClick(browser, Qt::Key_Tab);
        QTest::keyClick(browser, Qt::Key_Return);
        QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("It opened.")));
        QVERIFY(!guide.statusLabel()->isVisible());
    }

    // On a machine without the guide, the window says where it looked, in French.
    void saysWhenTheGuideIsNotThere()
    {
        UserGuideWindow guide;
        guide.show();
        QVERIFY(!guide.open(QStringLiteral("/nonexistent/README.md")));
        QVERIFY(guide.statusLabel()->isVisible());
        QVERIFY(guide.statusLabel()->text().startsWith(
            QStringLiteral("Le guide d'utilisation (README.md) n'est pas sur ce poste")));
    }

    // A visitor at a kiosk has no way into the program's own windows.
    void kioskHasNoHelp()
    {
        GuiWorld w;
        w.window->lockForKiosk();
        QVERIFY(!w.window->helpButton()->isVisible());
        QTest::keyClick(w.window.get(), Qt::Key_F1);
        QVERIFY(!w.window->findChild<UserGuideWindow *>());
    }
};

QTEST_MAIN(TestHelpGui)
#include "tst_helpgui.moc"
