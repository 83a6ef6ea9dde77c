#include "KioskController.h"

#include "KioskOverlay.h"
#include "MainWindow.h"
#include "attempts/AttemptRecorder.h"
#include "clock/SimulationClock.h"
#include "mailbox/MailboxWindow.h"
#include "participant/ParticipantCard.h"
#include "personas/DemoPersonas.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreError.h"
#include "widgets/Announcer.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKiosk, "ameli.ui.kiosk")

KioskController::KioskController(MainWindow &window, const ameli::Database &database,
                                 const ameli::SecretHasher &hasher, ameli::SimulationClock &clock,
                                 KioskDelays delays)
    : QObject(&window)
    , m_window(window)
    , m_database(database)
    , m_hasher(hasher)
    , m_clock(clock)
    , m_delays(delays)
    , m_overlay(new KioskOverlay(window))
{
    connect(m_overlay, &KioskOverlay::accepted, this, &KioskController::noteActivity);
    m_lastActivity = m_clock.now();
}

QPushButton *KioskController::continueButton() const
{
    return m_overlay->button();
}

QLabel *KioskController::countdownLabel() const
{
    return m_overlay->textLabel();
}

void KioskController::start()
{
    m_window.setClosable(false);
    // A visitor cannot open the trainer's tools, and the mailbox stays inside the frame.
    m_window.lockForKiosk();
    // No title bar to close, move or shrink it, whoever draws the decorations (a Wayland
    // kiosk compositor leaves them to the application).
    m_window.setWindowFlag(Qt::FramelessWindowHint, true);
    // The whole screen even where no window manager honours "full screen" (a bare X server).
    if (const QScreen *screen = m_window.screen())
        m_window.setGeometry(screen->geometry());
    m_window.showFullScreen();
    m_window.activateWindow();
    qApp->installEventFilter(this);
    auto *quit = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+Shift+Q")), &m_window);
    connect(quit, &QShortcut::activated, this, [this] {
        m_window.setClosable(true);
        qApp->quit();
    });
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &KioskController::checkIdle);
    timer->start(1000);
    noteActivity();
    welcomeVisitor();
}

void KioskController::attachVisitor(ameli::AttemptRecorder &recorder, ParticipantCard &card)
{
    m_recorder = &recorder;
    m_card = &card;
    // A visitor can read the card, not move it away or close it.
    m_card->setFeatures(QDockWidget::NoDockWidgetFeatures);
}

void KioskController::attract()
{
    m_showing = Showing::Welcome;
    m_overlay->present(
        tr("Essayez le compte ameli, sans risque"),
        tr("Ce simulateur de formation reproduit l'activation d'un compte ameli, de « Code "
           "oublié ? » jusqu'au compte actif, avec une personne fictive : son identité est sur "
           "la fiche à gauche. Ne saisissez jamais votre propre numéro de sécurité sociale. Le "
           "code provisoire arrive dans la Messagerie, en haut à droite."),
        tr("&Commencer"));
}

void KioskController::welcomeVisitor()
{
    if (m_card) {
        // The nominal persona: the whole journey can be walked with her.
        const auto person =
            ameli::PersonRepository(m_database).findByNir(QStringLiteral("2850775056123"));
        if (person) {
            ParticipantBrief brief = ParticipantBrief::of(*person);
            brief.heading = tr("Bienvenue !");
            brief.text = tr("Essayez d'activer le compte ameli de %1, une personne fictive : "
                            "cliquez sur « Connectez-vous », puis sur « Code oublié ? ». Le code "
                            "provisoire arrive dans la Messagerie, en haut à droite.")
                             .arg(brief.name);
            brief.canStop = false;
            m_card->showBrief(brief);
            // The visitor plays her: the mailbox opens on her address.
            m_window.mailbox()->showAddress(person->emailOnFile);
        }
    }
    attract();
    if (m_recorder) {
        try {
            ameli::AttemptSpec visit;
            visit.participant = QStringLiteral("kiosque");
            visit.mode = ameli::AttemptMode::Free;
            m_recorder->begin(visit);
        } catch (const ameli::StoreError &e) {
            qCWarning(lcKiosk) << "visit not recorded:" << e.detail();
        }
    }
}

bool KioskController::isCountingDown() const
{
    return m_showing == Showing::Countdown && m_overlay->isVisible();
}

bool KioskController::isWelcoming() const
{
    return m_showing == Showing::Welcome && m_overlay->isVisible();
}

void KioskController::noteActivity()
{
    m_lastActivity = m_clock.now();
    m_showing = Showing::Nothing;
    m_overlay->hide();
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        // Any key or click says someone is there; the overlay's own button does it itself.
        if (watched != m_overlay->button())
            noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskController::checkIdle()
{
    if (isWelcoming())
        return;
    const qint64 idle = m_lastActivity.msecsTo(m_clock.now());
    const qint64 warning = std::chrono::milliseconds(m_delays.idleBeforeWarning).count();
    const qint64 end = warning + std::chrono::milliseconds(m_delays.countdown).count();
    if (idle >= end) {
        resetToFreshStart();
        return;
    }
    if (idle >= warning) {
        const qint64 left = (end - idle + 999) / 1000;
        const QString text = tr("Sans action de votre part, le simulateur revient à l'accueil "
                                "dans %1 s et efface ce qui a été saisi.")
                                 .arg(left);
        if (isCountingDown()) {
            m_overlay->setText(text);
        } else {
            m_showing = Showing::Countdown;
            m_overlay->present(tr("Êtes-vous toujours là ?"), text, tr("&Continuer"));
        }
    }
}

void KioskController::resetToFreshStart()
{
    m_showing = Showing::Nothing;
    m_overlay->hide();
    try {
        if (m_recorder)
            m_recorder->end(ameli::AttemptOutcome::Interrupted);
    } catch (const ameli::StoreError &e) {
        qCWarning(lcKiosk) << "visit not closed:" << e.detail();
    }
    try {
        m_database.clearAllData();
        m_clock.reset();
        ameli::DemoPersonas::seedIfEmpty(m_database, m_hasher, m_clock);
    } catch (const ameli::StoreError &e) {
        qCWarning(lcKiosk) << "reset failed:" << e.detail();
    }
    m_window.restart();
    m_lastActivity = m_clock.now();
    welcomeVisitor();
    emit resetDone();
}
