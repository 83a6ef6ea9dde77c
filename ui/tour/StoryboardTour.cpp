#include "StoryboardTour.h"

#include "JourneyRunner.h"
#include "MainWindow.h"
#include "UserActions.h"
#include "attempts/AttemptRecorder.h"
#include "captcha/CaptchaService.h"
#include "clock/SimulationClock.h"
#include "debrief/DebriefWindow.h"
#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "mail/MailTemplates.h"
#include "mailbox/MailboxWindow.h"
#include "pages/ConditionsPage.h"
#include "pages/ContactDetailsPage.h"
#include "pages/ForgottenCodePage.h"
#include "pages/LinkExpiredPage.h"
#include "pages/LoginPage.h"
#include "pages/PersonalCodePage.h"
#include "personas/DemoPersonas.h"
#include "recording/InteractionTap.h"
#include "replay/ReplayWindow.h"
#include "scenarios/ScenarioGoal.h"
#include "trainer/ScenarioSession.h"
#include "widgets/CaptchaBox.h"
#include "widgets/PasswordField.h"
#include "widgets/YesNoChoice.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <memory>

using ameli::JourneyStep;
using namespace std::chrono_literals;

namespace {

template <typename T> T *pageAs(MainWindow &window, JourneyStep step)
{
    return qobject_cast<T *>(window.page(step));
}

QPushButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->accessibleName() == accessibleName && b->isVisible())
            return b;
    }
    return nullptr;
}

} // namespace

StoryboardTour::StoryboardTour(MainWindow &window, ameli::JourneyService &journey,
                               ameli::SimulationClock &clock, const ameli::Database &world,
                               const ameli::Scenario &followed, Sink sink, const Options &options)
    : m_window(window)
    , m_journey(journey)
    , m_clock(clock)
    , m_world(world)
    , m_followed(followed)
    , m_sink(std::move(sink))
    , m_options(options)
{
}

StoryboardTour::Sink StoryboardTour::pngFilesIn(const QDir &output)
{
    auto number = std::make_shared<int>(0);
    return [output, number](const QString &name, const QImage &picture) {
        const QString file = output.filePath(
            QStringLiteral("%1-%2.png").arg(++*number, 2, 10, QLatin1Char('0')).arg(name));
        return picture.save(file) ? file : QString();
    };
}

bool StoryboardTour::shoot(const QString &name, QWidget *what)
{
    QCoreApplication::processEvents();
    QWidget *target = what ? what : &m_window;
    m_paceMs += 4000;
    const QString kept = m_sink(name, target->grab().toImage());
    if (m_progress)
        m_progress(++m_shots);
    if (kept.isEmpty())
        return false;
    m_written << kept;
    return true;
}

bool StoryboardTour::expectStep(int step, const QString &where, QString *error)
{
    if (m_window.currentPage() && int(m_window.currentPage()->step()) == step)
        return true;
    if (error)
        *error = QStringLiteral("the tour expected another page at « %1 »").arg(where);
    return false;
}

QStringList StoryboardTour::run(QString *error)
{
    const ameli::DemoPersona camille = ameli::DemoPersonas::all().first();
    const QString nir = camille.person.nir13;
    const QString birth = camille.person.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    const QString code = QStringLiteral("MotdePasse1");
    JourneyRunner &runner = *m_window.runner();
    MailboxWindow &mailbox = *m_window.mailbox();
    const auto wait = [&runner] { UserActions::waitUntilIdle(runner); };

    // The walk is an attempt of the nominal scenario, recorded as any trainee's would be.
    ameli::AttemptRecorder recorder(m_world, m_clock, [this] { return m_paceMs; });
    auto *tap = new InteractionTap(recorder, m_journey, m_window, m_clock);
    ameli::AttemptSpec spec;
    spec.participant = QStringLiteral("P01");
    spec.mode = ameli::AttemptMode::Guided;
    recorder.begin(ScenarioSession::specFor(m_followed, spec));

    // Buttons are found by what they say, in the interface's language.
    const ameli::GuideTexts::Home home = ameli::GuideTexts::home();
    const ameli::GuideTexts::Login loginTexts = ameli::GuideTexts::login();
    m_window.resize(m_options.windowSize);
    m_window.show();
    shoot(QStringLiteral("accueil-ameli-fr"));

    UserActions::click(buttonNamed(&m_window, home.createAccount));
    shoot(QStringLiteral("creer-un-compte-hors-simulation"));
    UserActions::click(m_window.backButton());

    UserActions::click(buttonNamed(&m_window, home.connect));
    if (!expectStep(int(JourneyStep::Login), QStringLiteral("connexion"), error))
        return m_written;
    auto *login = pageAs<LoginPage>(m_window, JourneyStep::Login);
    UserActions::click(buttonNamed(login, loginTexts.whereIsNumber));
    shoot(QStringLiteral("connexion-assure-ameli-fr"));
    UserActions::click(buttonNamed(login, loginTexts.franceConnect));
    shoot(QStringLiteral("connexion-franceconnect-hors-simulation"));

    UserActions::click(buttonNamed(login, loginTexts.forgottenCode));
    auto *forgotten = pageAs<ForgottenCodePage>(m_window, JourneyStep::ForgottenCode);
    shoot(QStringLiteral("code-oublie-captcha"));
    UserActions::type(forgotten->nirEdit(), nir);
    UserActions::type(forgotten->birthDateEdit(), birth);
    UserActions::type(forgotten->captchaBox()->answerEdit(), QStringLiteral("AAAAAA"));
    UserActions::click(forgotten->submitButton());
    wait();
    shoot(QStringLiteral("code-oublie-captcha-errone"));
    // F3: the characters are right, but five minutes have gone by.
    UserActions::type(forgotten->captchaBox()->answerEdit(),
                      m_journey.captcha().current().characters);
    m_clock.advance(5min);
    forgotten->captchaBox()->refreshCountdown();
    UserActions::click(forgotten->submitButton());
    wait();
    shoot(QStringLiteral("code-oublie-captcha-delai-depasse"));
    UserActions::click(forgotten->captchaBox()->renewButton());
    // The characters a person reads in the image.
    UserActions::type(forgotten->captchaBox()->answerEdit(),
                      m_journey.captcha().current().characters);
    UserActions::click(forgotten->submitButton());
    wait();
    if (!expectStep(int(JourneyStep::CodeSent), QStringLiteral("code envoyé"), error))
        return m_written;
    shoot(QStringLiteral("code-provisoire-envoye"));

    m_window.showMailbox();
    // The mailbox as wide as the window, a little less high, as in the README's pictures.
    mailbox.resize(m_options.windowSize.width(), m_options.windowSize.height() * 680 / 860);
    UserActions::clickRow(mailbox.mailList(), 0);
    shoot(QStringLiteral("messagerie-code-provisoire"), &mailbox);
    static const QRegularExpression fourDigits(QStringLiteral("\\b([0-9]{4})\\b"));
    const QString provisional = fourDigits.match(mailbox.reader()->toPlainText()).captured(1);
    mailbox.hide();

    UserActions::click(buttonNamed(
        &m_window, QCoreApplication::translate("CodeSentPage", "Aller à la page de connexion")));
    UserActions::type(login->nirEdit(), nir);
    UserActions::type(login->codeEdit(), provisional);
    shoot(QStringLiteral("connexion-code-provisoire"));
    UserActions::click(login->connectButton());
    wait();
    if (!expectStep(int(JourneyStep::Conditions), QStringLiteral("étape 1"), error))
        return m_written;
    auto *conditions = pageAs<ConditionsPage>(m_window, JourneyStep::Conditions);
    UserActions::click(conditions->continueButton());
    wait();
    shoot(QStringLiteral("etape1-conditions-sans-reponse"));
    UserActions::click(conditions->choice()->yesButton());
    shoot(QStringLiteral("etape1-conditions"));
    UserActions::click(conditions->continueButton());
    wait();

    auto *personal = pageAs<PersonalCodePage>(m_window, JourneyStep::PersonalCode);
    UserActions::type(personal->codeField(), QStringLiteral("motdepasse"));
    shoot(QStringLiteral("etape2-regles-non-respectees"));
    UserActions::type(personal->codeField(), code);
    UserActions::type(personal->confirmField(), QStringLiteral("MotdePasse2"));
    UserActions::click(personal->continueButton());
    wait();
    shoot(QStringLiteral("etape2-codes-differents"));
    UserActions::type(personal->confirmField(), code);
    shoot(QStringLiteral("etape2-code-personnel"));
    UserActions::click(personal->continueButton());
    wait();

    auto *contact = pageAs<ContactDetailsPage>(m_window, JourneyStep::ContactDetails);
    UserActions::type(contact->emailEdit(), camille.person.emailOnFile);
    UserActions::type(contact->confirmationEdit(), QStringLiteral("camille.martin@exemple.com"));
    UserActions::type(contact->mobileEdit(), QStringLiteral("01 40 20 30 40"));
    UserActions::click(contact->submitButton());
    wait();
    shoot(QStringLiteral("etape3-erreurs"));
    UserActions::type(contact->confirmationEdit(), camille.person.emailOnFile);
    UserActions::type(contact->mobileEdit(), QStringLiteral("06 12 34 56 78"));
    shoot(QStringLiteral("etape3-coordonnees"));
    UserActions::click(contact->submitButton());
    wait();
    if (!expectStep(int(JourneyStep::ValidationPending), QStringLiteral("validation"), error))
        return m_written;
    shoot(QStringLiteral("validation-de-mon-email"));

    m_window.showMailbox();
    UserActions::clickRow(mailbox.mailList(), 0);
    shoot(QStringLiteral("messagerie-lien-de-validation"), &mailbox);

    // V4: eight days later the link has expired.
    m_clock.advance(8 * 24h);
    UserActions::clickLink(mailbox.reader(), QStringLiteral("confirmation-email"));
    wait();
    if (!expectStep(int(JourneyStep::LinkExpired), QStringLiteral("lien expiré"), error))
        return m_written;
    shoot(QStringLiteral("lien-expire-8-jours"));
    auto *expired = pageAs<LinkExpiredPage>(m_window, JourneyStep::LinkExpired);
    UserActions::click(expired->sameAddressButton());
    UserActions::click(expired->sendButton());
    wait();
    shoot(QStringLiteral("lien-renvoye"));

    // V7: the older mail's link says a newer one exists.
    m_window.showMailbox();
    // The two validation mails are one conversation: the older one is inside it (T8).
    if (QTreeWidgetItem *thread = mailbox.mailList()->topLevelItem(0))
        thread->setExpanded(true);
    UserActions::clickRow(mailbox.mailList(), 1);
    UserActions::clickLink(mailbox.reader(), QStringLiteral("confirmation-email"));
    wait();
    shoot(QStringLiteral("ancien-lien"));

    // V5: twenty-two days later the address is forgotten.
    m_clock.advance(22 * 24h);
    UserActions::type(login->nirEdit(), nir);
    UserActions::type(login->codeEdit(), code);
    UserActions::click(login->connectButton());
    wait();
    if (!expectStep(int(JourneyStep::AskNewEmail), QStringLiteral("adresse oubliée"), error))
        return m_written;
    shoot(QStringLiteral("lien-expire-22-jours"));
    auto *ask = pageAs<LinkExpiredPage>(m_window, JourneyStep::AskNewEmail);
    UserActions::type(ask->emailEdit(), camille.person.emailOnFile);
    UserActions::type(ask->confirmationEdit(), camille.person.emailOnFile);
    UserActions::click(ask->sendButton());
    wait();

    m_window.showMailbox();
    mailbox.searchEdit()->clear();
    // The subject after "Votre compte ameli - ", in the mails' language.
    UserActions::type(mailbox.searchEdit(),
                      ameli::MailTemplates::validationSubject().section(QStringLiteral(" - "), 1));
    shoot(QStringLiteral("messagerie-recherche"), &mailbox);
    UserActions::clickRow(mailbox.mailList(), 0);
    UserActions::clickLink(mailbox.reader(), QStringLiteral("confirmation-email"));
    wait();
    shoot(QStringLiteral("email-valide"));

    UserActions::type(login->nirEdit(), nir);
    UserActions::type(login->codeEdit(), code);
    UserActions::click(login->connectButton());
    wait();
    if (!expectStep(int(JourneyStep::AccountHome), QStringLiteral("compte"), error))
        return m_written;
    shoot(QStringLiteral("compte-ameli"));
    mailbox.hide();
    recorder.end(ameli::AttemptOutcome::Reached);
    delete tap;
    if (m_options.withDebrief)
        shootDebrief();
    return m_written;
}

void StoryboardTour::shootDebrief()
{
    DebriefWindow debrief(m_world);
    debrief.resize(1200, 820);
    debrief.show();
    debrief.reload();
    shoot(QStringLiteral("debriefing-tentative"), &debrief);
    const std::optional<ameli::AttemptDigest> walk = debrief.selected();
    if (!walk)
        return;
    ReplayWindow replay(m_world, walk->attempt.id);
    replay.resize(1500, 900);
    replay.show();
    // The moment of the first mistake, or the middle of the walk.
    qint64 moment = replay.duration() / 2;
    if (!walk->measures.mistakes.isEmpty())
        moment = walk->measures.mistakes.first().atMs;
    replay.seek(moment);
    shoot(QStringLiteral("rejeu"), &replay);
}
