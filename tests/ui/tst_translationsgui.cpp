#include "GuiWorld.h"
#include "Translations.h"
#include "agent/AgentAdvisor.h"
#include "journey/GuideTexts.h"
#include "mail/MailTemplates.h"
#include "scenarios/ScenarioCatalog.h"

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

    // With --lang en the scenarios, their hints and the mails are English too; mails already
    // sent in French are still recognised (the agent's view, the scenario goals).
    void scenariosHintsAndMailsInEnglish()
    {
        Translations::install(*qApp, QStringLiteral("en"));
        ScenarioCatalog catalog;
        catalog.load(QStringLiteral("/nonexistent"));
        const std::optional<Scenario> expired =
            catalog.find(QStringLiteral("code-provisoire-expire"));
        QVERIFY(expired);
        QCOMPARE(expired->title, QStringLiteral("Provisional code expired"));
        QCOMPARE(expired->hints.first(),
                 QStringLiteral("The provisional code is only valid for 30 minutes."));
        QVERIFY(expired->task.startsWith(u"You are Camille Martin."));

        GuiWorld w;
        const qint64 before = w.mails().everything(QLatin1String(TestWorld::kEmail)).size();
        w.requestCode();
        const QList<Mail> mails = w.mails().everything(QLatin1String(TestWorld::kEmail));
        QCOMPARE(mails.size(), before + 1);
        const Mail &mail = mails.last();
        QCOMPARE(mail.content.subject,
                 QStringLiteral("Your ameli account - Your new provisional code"));
        QCOMPARE(mail.content.sender, QStringLiteral("Your Assurance Maladie"));
        QVERIFY(mail.content.htmlBody.contains(u"This code is strictly personal"));
        QVERIFY(MailTemplates::isProvisionalCodeMail(mail.content));
        Translations::uninstall(*qApp);

        // Back in French, the English mail is still the provisional code's mail.
        Translations::install(*qApp, QStringLiteral("fr"));
        QVERIFY(MailTemplates::isProvisionalCodeMail(mail.content));
        QVERIFY(MailTemplates::isFromAssuranceMaladie(mail.content));
        const AgentDiagnosis d = AgentAdvisor::diagnose(*w.db, w.clock, w.personId);
        QVERIFY(!d.events.isEmpty());
        QVERIFY2(d.events.last().text.startsWith(u"Code provisoire envoyé"),
                 qPrintable(d.events.last().text));
        Translations::uninstall(*qApp);
    }
};

QTEST_MAIN(TestTranslationsGui)
#include "tst_translationsgui.moc"
