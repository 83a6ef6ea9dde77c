#include "GuiWorld.h"
#include "Translations.h"
#include "journey/GuideTexts.h"

#include <QDialogButtonBox>
#include <QLocale>

using namespace ameli;

// The interface is French by default whatever the system's locale, Qt's own buttons too;
// `--lang en` shows English.
class TestTranslationsGui : public QObject
{
    Q_OBJECT

private slots:
    void frenchByDefaultWhateverTheSystemLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install(*qApp, QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        // Qt's own strings come from qtbase_fr.
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Oui"));
        GuiWorld w;
        QVERIFY(w.button(QStringLiteral("Connectez-vous")));
        QCOMPARE(w.window->mailboxButton()->accessibleName(), QStringLiteral("Messagerie"));
        Translations::uninstall(*qApp);
    }

    void englishOnRequest()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        GuiWorld w;
        QVERIFY(w.button(QStringLiteral("Log in")));
        QCOMPARE(w.window->mailboxButton()->accessibleName(), QStringLiteral("Mailbox"));
        w.window->follow(NavigationLink::ConnectYourself);
        QVERIFY(w.button(QStringLiteral("LOG IN")));
        QCOMPARE(GuideTexts::login().title, QStringLiteral("I access my ameli account"));
        // Messages from the model follow the language too.
        w.clickButton(QStringLiteral("LOG IN"));
        QCOMPARE(w.errorOf(field::nir), QStringLiteral("Enter your social security number."));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        Translations::uninstall(*qApp);
    }
};

QTEST_MAIN(TestTranslationsGui)
#include "tst_translationsgui.moc"
