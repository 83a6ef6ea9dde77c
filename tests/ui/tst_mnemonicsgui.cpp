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
    // X1: with the trainer's panel open, the page's own letters (Alt+V, Alt+C, Alt+O) and
    // Enter at step 3 move the journey on: no panel control takes them.
    void keyboardWalkWithThePanelOpen_X1()
    {
        RecordingWorld w;
        w.startScenario(QStringLiteral("nominal"));
        w.panel->show();
        const auto focusName = [] {
            return QApplication::focusWidget() ? QApplication::focusWidget()->accessibleName()
                                               : QString();
        };
        const auto key = [](int k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key(k), m);
        };
        const auto typeText = [](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
        };
        const auto tabTo = [&](const QString &name) {
            for (int i = 0; i < 30 && focusName() != name; ++i)
                key(Qt::Key_Tab);
            QCOMPARE(focusName(), name);
        };
        const auto startOnPage = [&w] {
            w.window->currentPage()->firstFocus()->setFocus(Qt::TabFocusReason);
        };

        startOnPage();
        QCOMPARE(focusName(), QStringLiteral("Connectez-vous"));
        key(Qt::Key_Space);
        QCOMPARE(w.step(), JourneyStep::Login);
        tabTo(QStringLiteral("Code oublié ?"));
        key(Qt::Key_Space);
        QCOMPARE(w.step(), JourneyStep::ForgottenCode);
        typeText(QLatin1String(TestWorld::kNir));
        key(Qt::Key_Tab);
        typeText(QLatin1String(TestWorld::kBirth));
        tabTo(QStringLiteral("Caractères lus ou entendus *"));
        typeText(w.journey->captcha().current().characters);
        key(Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE(w.step(), JourneyStep::CodeSent);
        w.waitIdle();

        w.window->follow(NavigationLink::ConnectYourself);
        startOnPage();
        typeText(QLatin1String(TestWorld::kNir));
        tabTo(QStringLiteral("Mon code personnel (ou provisoire à 4 chiffres) *"));
        typeText(w.latestProvisionalCode());
        key(Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(w.step(), JourneyStep::Conditions);
        w.waitIdle();
        QCOMPARE(focusName(), QStringLiteral("Oui, j'accepte"));
        key(Qt::Key_Space);
        key(Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(w.step(), JourneyStep::PersonalCode);
        w.waitIdle();
        typeText(QLatin1String(TestWorld::kGoodCode));
        tabTo(QStringLiteral("Confirmer mon nouveau code *"));
        typeText(QLatin1String(TestWorld::kGoodCode));
        key(Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(w.step(), JourneyStep::ContactDetails);
        w.waitIdle();
        typeText(QLatin1String(TestWorld::kEmail));
        key(Qt::Key_Tab);
        typeText(QLatin1String(TestWorld::kEmail));
        // Enter submits step 3 from the field being typed in, as on the other pages.
        key(Qt::Key_Return);
        w.waitIdle();
        QCOMPARE(w.step(), JourneyStep::ValidationPending);
    }
};

QTEST_MAIN(TestMnemonicsGui)
#include "tst_mnemonicsgui.moc"
