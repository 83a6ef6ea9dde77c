#include "RecordingWorld.h"
#include "journey/StepKeys.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QLabel>

using namespace ameli;

namespace {

// The letter after '&' in a visible text ("&&" is a plain ampersand), lower case.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter a person can press in the window now, with what it belongs to.
QMultiHash<QChar, QString> mnemonics(QWidget *window)
{
    QMultiHash<QChar, QString> found;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !w->isEnabled())
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            found.insert(letter, text);
    }
    return found;
}

} // namespace

// X1: on each screen, with the trainer's panel and the participant's card open, every
// Alt+letter leads to one control only.
class TestMnemonicsGui : public QObject
{
    Q_OBJECT

private slots:
    void mnemonicsNeverClashOnAScreen_X1_data()
    {
        QTest::addColumn<QString>("step");
        for (const QString &key : StepKeys::allKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void mnemonicsNeverClashOnAScreen_X1()
    {
        QFETCH(QString, step);
        RecordingWorld w;
        w.startScenario(QStringLiteral("nominal"));
        w.panel->show();
        QVERIFY(w.card->isVisible());
        w.window->display(*StepKeys::fromKey(step));
        QCoreApplication::processEvents();
        const QMultiHash<QChar, QString> found = mnemonics(w.window.get());
        // The panel alone carries several: an empty list would mean the search looked nowhere.
        QVERIFY(found.size() >= 5);
        for (const QChar letter : found.uniqueKeys()) {
            const QStringList owners = found.values(letter);
            QVERIFY2(owners.size() == 1, qPrintable(QStringLiteral("Alt+%1: %2")
                                                        .arg(letter)
                                                        .arg(owners.join(QStringLiteral(" | ")))));
        }
    }
};

QTEST_MAIN(TestMnemonicsGui)
#include "tst_mnemonicsgui.moc"
