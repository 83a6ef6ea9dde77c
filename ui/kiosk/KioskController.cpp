#include "KioskController.h"

#include "MainWindow.h"
#include "attempts/AttemptRecorder.h"
#include "clock/SimulationClock.h"
#include "participant/ParticipantCard.h"
#include "personas/DemoPersonas.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreError.h"
#include "widgets/Announcer.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcKiosk, "ameli.ui.kiosk")

KioskController::KioskController(MainWindow &window, const ameli::Database &database,
                                 const ameli::SecretHasher &hasher, ameli::SimulationClock &clock)
    : QObject(&window)
    , m_window(window)
    , m_database(database)
    , m_hasher(hasher)
    , m_clock(clock)
    , m_overlay(new QFrame(&window))
    , m_label(new QLabel(m_overlay))
    , m_continue(new QPushButton(tr("&Continuer"), m_overlay))
{
    m_overlay->setProperty("card", true);
    m_overlay->setFrameShape(QFrame::Box);
    auto *layout = new QVBoxLayout(m_overlay);
    layout->setContentsMargins(32, 24, 32, 24);
    m_label->setWordWrap(true);
    m_label->setProperty("sectionTitle", true);
    m_continue->setProperty("primary", true);
    m_continue->setAccessibleName(tr("Continuer"));
    layout->addWidget(m_label);
    layout->addWidget(m_continue, 0, Qt::AlignCenter);
    m_overlay->resize(520, 180);
    m_overlay->hide();
    connect(m_continue, &QPushButton::clicked, this, &KioskController::noteActivity);
    m_lastActivity = m_clock.now();
}

void KioskController::start()
{
    m_window.setClosable(false);
    m_window.showFullScreen();
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
        }
    }
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
    return m_overlay->isVisible();
}

void KioskController::noteActivity()
{
    m_lastActivity = m_clock.now();
    m_overlay->hide();
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (watched != m_continue)
            noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskController::checkIdle()
{
    const qint64 idle = m_lastActivity.msecsTo(m_clock.now());
    const qint64 warning = std::chrono::milliseconds(kIdleBeforeWarning).count();
    const qint64 end = warning + std::chrono::milliseconds(kCountdown).count();
    if (idle >= end) {
        resetToFreshStart();
        return;
    }
    if (idle >= warning) {
        const qint64 left = (end - idle + 999) / 1000;
        const QString text = tr("Êtes-vous toujours là ? Sans action de votre part, le simulateur "
                                "revient à l'accueil dans %1 s et efface ce qui a été saisi.")
                                 .arg(left);
        m_label->setText(text);
        if (!m_overlay->isVisible()) {
            m_overlay->move((m_window.width() - m_overlay->width()) / 2,
                            (m_window.height() - m_overlay->height()) / 2);
            m_overlay->show();
            m_overlay->raise();
            m_continue->setFocus();
            Announcer::announce(m_label, text);
        }
    }
}

void KioskController::resetToFreshStart()
{
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
