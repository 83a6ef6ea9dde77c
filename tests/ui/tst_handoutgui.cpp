#include "RecordingWorld.h"
#include "Screenshots.h"
#include "trainer/TrainerPanel.h"
#include "widgets/Notice.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>

// « Imprimer le pas-à-pas… » on the trainer's panel (issue 11): the handout is made by the
// simulator in a process of its own while the window goes on, and the panel says where it is.
class TestHandoutGui : public QObject
{
    Q_OBJECT

private slots:
    void printsTheHandoutFromThePanel()
    {
        RecordingWorld w;
        w.panel->show();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pas-a-pas.pdf"));
        w.panel->setHandoutProgram(QStringLiteral(AMELI_EXECUTABLE));
        w.panel->setHandoutFileChooser([path] { return path; });
        QPushButton *print = w.panel->handoutButton();
        QCOMPARE(print->accessibleName(), QStringLiteral("Imprimer le pas-à-pas"));
        UserActions::click(print);
        // While it draws, the button waits, its progress is shown, and nothing is modal: the
        // trainer goes on with the session.
        QVERIFY(!print->isEnabled());
        auto *progress = w.window->findChild<QProgressDialog *>();
        QVERIFY(progress && progress->isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(w.window->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(w.panel->handoutNotice()->isVisible(), 180000);
        QCOMPARE(w.panel->handoutNotice()->kind(), Notice::Kind::Info);
        QCOMPARE(w.panel->handoutNotice()->text(),
                 QStringLiteral("Pas-à-pas enregistré : %1").arg(path));
        QVERIFY(print->isEnabled());
        QVERIFY(w.panel->openHandoutButton()->isVisible());
        QTRY_VERIFY(!w.window->findChild<QProgressDialog *>());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 100000);
        screenshot(w.panel, QStringLiteral("handout-panel"));
    }

    // When the program cannot be started, the panel says so beside the button.
    void saysWhyWhenItCannotBeMade()
    {
        RecordingWorld w;
        w.panel->show();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pas-a-pas.pdf"));
        w.panel->setHandoutProgram(QStringLiteral("/nonexistent/ameli-simulator"));
        w.panel->setHandoutFileChooser([path] { return path; });
        UserActions::click(w.panel->handoutButton());
        QTRY_VERIFY(w.panel->handoutNotice()->isVisible());
        QCOMPARE(w.panel->handoutNotice()->kind(), Notice::Kind::Error);
        QVERIFY(w.panel->handoutNotice()->text().startsWith(
            QStringLiteral("Le pas-à-pas n'a pas pu être préparé")));
        QVERIFY(!w.panel->openHandoutButton()->isVisible());
        QVERIFY(w.panel->handoutButton()->isEnabled());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestHandoutGui)
#include "tst_handoutgui.moc"
