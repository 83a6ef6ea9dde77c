#include "TrainerPanel.h"

#include "MainWindow.h"
#include "ScenarioSession.h"
#include "WindowPlacement.h"
#include "agent/AgentAdvisor.h"
#include "attempts/AttemptRecorder.h"
#include "attempts/MeasureCalculator.h"
#include "attempts/MeasureText.h"
#include "clock/SimulationClock.h"
#include "handout/HandoutJob.h"
#include "identity/Nir.h"
#include "journey/JourneyService.h"
#include "mailbox/MailboxWindow.h"
#include "scenarios/ScenarioCatalog.h"
#include "scenarios/ScenarioGoal.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/StoreError.h"
#include "widgets/Notice.h"
#include "widgets/VerticalScrollArea.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcTrainer, "ameli.ui.trainer")

namespace {

QString remaining(qint64 ms)
{
    if (ms <= 0)
        return TrainerPanel::tr("expiré");
    const qint64 s = ms / 1000;
    if (s >= 86400)
        return TrainerPanel::tr("%1 j %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    if (s >= 3600)
        return TrainerPanel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return TrainerPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString when(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

} // namespace

TrainerPanel::TrainerPanel(ameli::JourneyService &journey, const ameli::Database &database,
                           ameli::SimulationClock &clock, ScenarioSession &session,
                           const ameli::ScenarioCatalog &catalog, MainWindow &window)
    : QDockWidget(tr("Formateur"), &window)
    , m_journey(journey)
    , m_database(database)
    , m_clock(clock)
    , m_session(session)
    , m_catalog(catalog)
    , m_window(window)
{
    setObjectName(QStringLiteral("trainerPanel"));
    // Floatable: the trainer can put it on a second screen, away from the trainee's view.
    setObjectName(QStringLiteral("trainerPanel"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    // The panel is shown beside the site, not over it: the window grows to make room.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || isFloating() || m_window.isFullScreen() || m_window.width() >= 1500)
            return;
        const int room = m_window.screen() ? m_window.screen()->availableGeometry().width() : 1540;
        m_window.resize(std::min(room, m_window.width() + width()), m_window.height());
        WindowPlacement::fitToScreen(m_window);
    });

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &TrainerPanel::refresh);
    timer->start(1000);
    // The goal is checked once the result is on screen, so that its page is in the attempt.
    connect(&m_window, &MainWindow::resultDisplayed, this, [this] {
        m_session.checkGoal();
        refresh();
    });
    connect(&m_session.recorder(), &ameli::AttemptRecorder::recorded, this,
            [this](const ameli::AttemptEvent &e) {
                if (e.kind == ameli::EventKind::ServiceResult && !e.problem.isEmpty())
                    showMistakes();
            });
    connect(&m_session.recorder(), &ameli::AttemptRecorder::failed, this,
            [this](const QString &message) { showFeedback(int(Notice::Kind::Error), message); });
    connect(&m_session, &ScenarioSession::started, this, [this] {
        fillPersons();
        showScenario();
        m_window.restart();
        // The trainee plays the scenario's persona: the mailbox opens on their own address.
        if (const auto person =
                ameli::PersonRepository(m_database).findById(m_session.run()->personId))
            m_window.mailbox()->showAddress(person->emailOnFile);
        m_window.mailbox()->setMailReader(m_session.run()->scenario.start.mailReader);
        refresh();
    });
    connect(&m_session, &ScenarioSession::hintsChanged, this, &TrainerPanel::showScenario);
    connect(&m_session, &ScenarioSession::solvedNow, this, [this] {
        const ameli::AttemptRecorder &recorder = m_session.recorder();
        if (!recorder.lastEnded())
            return;
        const ameli::AttemptMeasures m =
            ameli::MeasureCalculator::compute(*recorder.lastEnded(), recorder.lastEndedEvents());
        showFeedback(int(Notice::Kind::Success),
                     tr("Objectif atteint : %1. %2")
                         .arg(ameli::ScenarioGoal::describe(m_session.run()->scenario.goal),
                              ameli::MeasureText::summary(m)));
        showMistakes();
    });
    connect(&m_clock, &ameli::SimulationClock::offsetChanged, this, [this] {
        m_session.checkGoal();
        refresh();
    });
}

void TrainerPanel::setVisible(bool visible)
{
    // Before the dock is laid out, so that it opens at its full size.
    if (visible)
        ensureBuilt();
    QDockWidget::setVisible(visible);
}

TrainerPanel *TrainerPanel::built() const
{
    auto *self = const_cast<TrainerPanel *>(this);
    self->ensureBuilt();
    return self;
}

void TrainerPanel::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildTrainerTab(), tr("Formateur"));
    tabs->addTab(buildAgentTab(), tr("Vue conseiller"));
    setWidget(tabs);
    fillPersons();
    showScenario();
    showMistakes();
    refresh();
    if (m_pendingFeedbackKind >= 0)
        m_feedback->show(Notice::Kind(m_pendingFeedbackKind), m_pendingFeedback);
}

void TrainerPanel::showFeedback(int kind, const QString &text)
{
    if (!m_built) {
        m_pendingFeedbackKind = kind;
        m_pendingFeedback = text;
        return;
    }
    m_feedback->show(Notice::Kind(kind), text);
}

QWidget *TrainerPanel::buildTrainerTab()
{
    // Long titles wrap rather than widen the panel past the screen; its controls set its width.
    auto *scroll = new VerticalScrollArea;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *scenarioBox = new QGroupBox(tr("Scénario"), content);
    auto *sl = new QVBoxLayout(scenarioBox);
    auto *pick = new QHBoxLayout;
    m_scenarios = new QComboBox(scenarioBox);
    m_scenarios->setAccessibleName(tr("Scénario"));
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarios->setMinimumContentsLength(14);
    for (const ameli::Scenario &s : m_catalog.scenarios())
        m_scenarios->addItem(s.title, s.id);
    auto *startButton = new QPushButton(tr("Démarre&r"), scenarioBox);
    startButton->setAccessibleName(tr("Démarrer le scénario"));
    pick->addWidget(m_scenarios, 1);
    pick->addWidget(startButton);
    sl->addLayout(pick);
    m_scenarioText = new QLabel(scenarioBox);
    m_scenarioText->setWordWrap(true);
    m_scenarioText->setTextFormat(Qt::PlainText);
    sl->addWidget(m_scenarioText);
    auto *participantRow = new QHBoxLayout;
    auto *participantLabel = new QLabel(tr("&Participant (code) :"), scenarioBox);
    m_participant = new QLineEdit(scenarioBox);
    m_participant->setAccessibleName(tr("Participant (code)"));
    m_participant->setPlaceholderText(tr("P07"));
    m_participant->setToolTip(tr("Un code, jamais un nom : P07, stagiaire-3…"));
    m_participant->setMaxLength(20);
    m_participant->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,20}")), m_participant));
    m_participant->setText(
        QSettings().value(QStringLiteral("trainer/participant"), QStringLiteral("P01")).toString());
    participantLabel->setBuddy(m_participant);
    participantRow->addWidget(participantLabel);
    participantRow->addWidget(m_participant, 1);
    sl->addLayout(participantRow);
    auto *modeRow = new QHBoxLayout;
    auto *modeLabel = new QLabel(tr("Mode :"), scenarioBox);
    m_mode = new QComboBox(scenarioBox);
    m_mode->addItem(tr("Guidé (indices pas à pas)"));
    m_mode->addItem(tr("Examen (indices cachés)"));
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(12);
    modeLabel->setBuddy(m_mode);
    modeRow->addWidget(modeLabel);
    modeRow->addWidget(m_mode, 1);
    sl->addLayout(modeRow);
    m_hints = new QLabel(scenarioBox);
    m_hints->setWordWrap(true);
    sl->addWidget(m_hints);
    auto *hintButtons = new QHBoxLayout;
    m_nextHint = new QPushButton(tr("Indice &suivant"), scenarioBox);
    m_nextHint->setAccessibleName(tr("Indice suivant"));
    m_restart = new QPushButton(tr("Recommencer le scé&nario"), scenarioBox);
    m_restart->setAccessibleName(tr("Recommencer le scénario"));
    hintButtons->addWidget(m_nextHint);
    hintButtons->addWidget(m_restart);
    sl->addLayout(hintButtons);
    m_feedback = new Notice(scenarioBox);
    sl->addWidget(m_feedback);
    m_mistakes = new QLabel(scenarioBox);
    m_mistakes->setWordWrap(true);
    m_mistakes->setTextFormat(Qt::PlainText);
    m_mistakes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sl->addWidget(m_mistakes);
    m_debrief = new QPushButton(tr("Débrie&fing…"), scenarioBox);
    m_debrief->setAccessibleName(tr("Débriefing"));
    m_debrief->setToolTip(tr("Les tentatives enregistrées : mesures, frise, rejeu, rapports."));
    m_handout = new QPushButton(tr("&Imprimer le pas-à-pas…"), scenarioBox);
    m_handout->setAccessibleName(tr("Imprimer le pas-à-pas"));
    m_handout->setToolTip(tr("Un PDF A4 à distribuer : chaque écran du parcours avec "
                             "l'explication du guide, les délais et les conseils « mail non "
                             "reçu »."));
    auto *documents = new QHBoxLayout;
    documents->addWidget(m_debrief);
    documents->addWidget(m_handout);
    documents->addStretch();
    sl->addLayout(documents);
    m_handoutNotice = new Notice(scenarioBox);
    sl->addWidget(m_handoutNotice);
    m_openHandout = new QPushButton(tr("&Ouvrir le pas-à-pas"), scenarioBox);
    m_openHandout->setAccessibleName(tr("Ouvrir le pas-à-pas"));
    m_openHandout->hide();
    sl->addWidget(m_openHandout, 0, Qt::AlignLeft);
    layout->addWidget(scenarioBox);

    auto *clockBox = new QGroupBox(tr("Horloge de simulation"), content);
    auto *cl = new QVBoxLayout(clockBox);
    m_clockLabel = new QLabel(clockBox);
    m_clockLabel->setWordWrap(true);
    cl->addWidget(m_clockLabel);
    auto *steps = new QGridLayout;
    const std::pair<QString, std::chrono::minutes> amounts[] = {{tr("+5 min"), 5min},
                                                                {tr("+30 min"), 30min},
                                                                {tr("+1 jour"), 24h},
                                                                {tr("+7 jours"), 7 * 24h},
                                                                {tr("+21 jours"), 21 * 24h}};
    for (const auto &entry : amounts) {
        // Named copies: a lambda cannot capture a structured binding in C++17 (clang refuses).
        const QString label = entry.first;
        const std::chrono::minutes amount = entry.second;
        auto *b = new QPushButton(label, clockBox);
        b->setAccessibleName(tr("Avancer l'horloge de %1").arg(label.mid(1)));
        connect(b, &QPushButton::clicked, this, [this, amount] { m_clock.advance(amount); });
        steps->addWidget(b, int(m_clockButtons.size()) / 3, int(m_clockButtons.size()) % 3);
        m_clockButtons << b;
    }
    cl->addLayout(steps);
    auto *free = new QHBoxLayout;
    auto *freeLabel = new QLabel(tr("Minutes :"), clockBox);
    m_minutes = new QSpinBox(clockBox);
    m_minutes->setRange(1, 60 * 24 * 60);
    m_minutes->setValue(10);
    m_minutes->setAccessibleName(tr("Avancer de (minutes)"));
    freeLabel->setBuddy(m_minutes);
    auto *go = new QPushButton(tr("Avancer l'horlo&ge"), clockBox);
    go->setAccessibleName(tr("Avancer l'horloge"));
    auto *reset = new QPushButton(tr("&Heure réelle"), clockBox);
    reset->setAccessibleName(tr("Revenir à l'heure réelle"));
    free->addWidget(freeLabel);
    free->addWidget(m_minutes);
    free->addWidget(go);
    free->addStretch();
    cl->addLayout(free);
    cl->addWidget(reset, 0, Qt::AlignLeft);
    layout->addWidget(clockBox);

    auto *expiryBox = new QGroupBox(tr("Ce qui va expirer"), content);
    auto *el = new QVBoxLayout(expiryBox);
    auto *personRow = new QFormLayout;
    m_person = new QComboBox(expiryBox);
    m_person->setAccessibleName(tr("Personne suivie"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(14);
    personRow->addRow(tr("Personne s&uivie :"), m_person);
    el->addLayout(personRow);
    m_expiries = new QTreeWidget(expiryBox);
    m_expiries->setHeaderLabels({tr("Délai"), tr("Échéance"), tr("Reste")});
    m_expiries->setRootIsDecorated(false);
    m_expiries->setAccessibleName(tr("Ce qui va expirer"));
    m_expiries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_expiries->setMinimumHeight(150);
    el->addWidget(m_expiries);
    m_captcha = new QLabel(expiryBox);
    m_captcha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    el->addWidget(m_captcha);
    layout->addWidget(expiryBox);
    layout->addStretch();
    scroll->setWidget(content);

    connect(startButton, &QPushButton::clicked, this,
            [this] { startScenario(m_scenarios->currentData().toString()); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateAttemptBase();
        showScenario();
        if (m_advice)
            showAdvice();
    });
    connect(m_participant, &QLineEdit::textChanged, this, [this] {
        QSettings().setValue(QStringLiteral("trainer/participant"), m_participant->text());
        updateAttemptBase();
    });
    connect(m_debrief, &QPushButton::clicked, this, &TrainerPanel::debriefRequested);
    connect(m_handout, &QPushButton::clicked, this, &TrainerPanel::printHandout);
    connect(m_openHandout, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_handoutFile)); });
    connect(m_nextHint, &QPushButton::clicked, &m_session, &ScenarioSession::showNextHint);
    connect(m_restart, &QPushButton::clicked, &m_session, &ScenarioSession::restart);
    connect(go, &QPushButton::clicked, this,
            [this] { m_clock.advance(std::chrono::minutes(m_minutes->value())); });
    connect(reset, &QPushButton::clicked, this, [this] { m_clock.reset(); });
    connect(m_person, &QComboBox::currentIndexChanged, this, &TrainerPanel::refresh);
    return scroll;
}

QWidget *TrainerPanel::buildAgentTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_agent = new QTextBrowser(tab);
    m_agent->setAccessibleName(tr("Vue conseiller"));
    m_agent->setOpenLinks(false);
    layout->addWidget(m_agent, 1);
    auto *adviceTitle = new QLabel(tr("À dire à l'appelant :"), tab);
    adviceTitle->setProperty("sectionTitle", true);
    layout->addWidget(adviceTitle);
    m_advice = new QLabel(tab);
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    adviceTitle->setBuddy(m_advice);
    layout->addWidget(m_advice);
    m_revealAdvice = new QPushButton(tr("Voir la réponse"), tab);
    m_revealAdvice->setAccessibleName(tr("Voir la réponse"));
    layout->addWidget(m_revealAdvice, 0, Qt::AlignLeft);
    connect(m_revealAdvice, &QPushButton::clicked, this, [this] {
        m_adviceRevealed = true;
        m_session.revealAdvice(m_adviceText);
        showAdvice();
        m_advice->setFocus(Qt::OtherFocusReason);
    });
    return tab;
}

void TrainerPanel::showAdvice()
{
    if (!m_built)
        return;
    // In an exam, the agent in training answers the caller first, then checks.
    const bool hidden = m_mode->currentIndex() == 1 && !m_adviceRevealed;
    m_advice->setText(hidden ? tr("Mode examen : que diriez-vous à l'appelant ? La réponse "
                                  "s'affiche quand vous la demandez.")
                             : m_adviceText);
    m_advice->setFocusPolicy(hidden ? Qt::NoFocus : Qt::StrongFocus);
    m_revealAdvice->setVisible(hidden);
}

void TrainerPanel::startScenario(const QString &id)
{
    ensureBuilt();
    const std::optional<ameli::Scenario> scenario = m_catalog.find(id);
    if (!scenario)
        return;
    if (m_confirmBeforeErasing &&
        QMessageBox::question(
            this, tr("Démarrer un scénario"),
            tr("Démarrer un scénario efface les personnes, les comptes et les mails de la base "
               "%1, puis remet les personnes de démonstration. Continuer ?")
                .arg(m_database.path())) != QMessageBox::Yes) {
        return;
    }
    m_feedback->clear();
    m_mistakes->clear();
    updateAttemptBase();
    try {
        m_session.start(*scenario);
    } catch (const ameli::StoreError &e) {
        qCWarning(lcTrainer) << "scenario not started:" << e.detail();
        m_feedback->show(Notice::Kind::Error, e.message());
    }
}

void TrainerPanel::updateAttemptBase()
{
    ameli::AttemptSpec base = m_session.attemptBase();
    const QString code = m_participant->text().trimmed();
    base.participant = code.isEmpty() ? tr("anonyme") : code;
    base.mode = m_mode->currentIndex() == 1 ? ameli::AttemptMode::Exam : ameli::AttemptMode::Guided;
    m_session.setAttemptBase(base);
}

void TrainerPanel::showMistakes()
{
    if (!m_built)
        return;
    const ameli::AttemptRecorder &recorder = m_session.recorder();
    std::optional<ameli::AttemptMeasures> m;
    if (recorder.current())
        m = ameli::MeasureCalculator::compute(*recorder.current(), recorder.events());
    else if (recorder.lastEnded())
        m = ameli::MeasureCalculator::compute(*recorder.lastEnded(), recorder.lastEndedEvents());
    if (!m) {
        m_mistakes->clear();
        return;
    }
    const QStringList lines = ameli::MeasureText::errorLines(*m);
    m_mistakes->setText(lines.isEmpty()
                            ? tr("Aucune erreur pour l'instant.")
                            : QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
}

void TrainerPanel::fillPersons()
{
    if (!m_built)
        return;
    const QSignalBlocker block(m_person);
    m_person->clear();
    const ameli::PersonRepository persons(m_database);
    QList<ameli::Person> listed = persons.first(kListedPersons);
    const qint64 followed = m_session.run() ? m_session.run()->personId : 0;
    const bool present =
        std::any_of(listed.begin(), listed.end(),
                    [followed](const ameli::Person &p) { return p.id == followed; });
    if (followed != 0 && !present) {
        if (const auto person = persons.findById(followed))
            listed.prepend(*person);
    }
    for (const ameli::Person &p : std::as_const(listed)) {
        m_person->addItem(
            QStringLiteral("%1 %2 (%3)").arg(p.firstName, p.lastName, ameli::Nir::masked(p.nir13)),
            p.id);
        if (p.id == followed)
            m_person->setCurrentIndex(m_person->count() - 1);
    }
}

qint64 TrainerPanel::followedPerson() const
{
    return built()->m_person->currentData().toLongLong();
}

void TrainerPanel::showScenario()
{
    if (!m_built)
        return;
    const auto &run = m_session.run();
    if (!run) {
        m_scenarioText->setText(tr("Aucun scénario : choisissez-en un et cliquez sur Démarrer."));
        m_hints->clear();
        m_nextHint->setEnabled(false);
        m_restart->setEnabled(false);
        return;
    }
    const ameli::Scenario &s = run->scenario;
    m_scenarios->setCurrentIndex(m_scenarios->findData(s.id));
    m_scenarioText->setText(
        tr("%1\nObjectif : %2\nL'appelant dit : %3").arg(s.title, s.objective, s.symptom));
    const bool exam = m_mode->currentIndex() == 1;
    QStringList shown;
    for (int i = 0; i < m_session.hintsShown() && i < s.hints.size(); ++i)
        shown << QStringLiteral("%1. %2").arg(i + 1).arg(s.hints.at(i));
    m_hints->setText(exam ? tr("Mode examen : les indices sont cachés.")
                          : (shown.isEmpty() ? tr("Aucun indice affiché.") : shown.join(u'\n')));
    m_nextHint->setEnabled(!exam && m_session.hintsShown() < s.hints.size());
    m_restart->setEnabled(true);
}

void TrainerPanel::refresh()
{
    if (!m_built)
        return;
    const auto offset = std::chrono::duration_cast<std::chrono::minutes>(m_clock.offset());
    m_clockLabel->setText(tr("Heure simulée : %1 (avance : %2 j %3 h %4 min)")
                              .arg(when(m_clock.now()))
                              .arg(offset.count() / 1440)
                              .arg((offset.count() % 1440) / 60)
                              .arg(offset.count() % 60));
    m_captcha->setText(
        tr("Caractères du CAPTCHA en cours : %1").arg(m_journey.captcha().current().characters));
    refreshExpiries();
    refreshAgent();
}

void TrainerPanel::refreshExpiries()
{
    const QDateTime now = m_clock.now();
    m_expiries->clear();
    const auto add = [this, &now](const QString &what, const QDateTime &at) {
        if (at.isValid())
            new QTreeWidgetItem(m_expiries, {what, when(at), remaining(now.msecsTo(at))});
    };
    add(tr("CAPTCHA (5 min)"), m_journey.captcha().current().expiresAt);
    if (m_person->count() == 0)
        return;
    const ameli::AccountStatus s = m_journey.status(followedPerson());
    add(tr("Code provisoire (30 min)"), s.provisionalCodeExpiresAt);
    add(tr("Blocage du compte"), s.lockedUntil);
    add(tr("Lien de validation (7 jours)"), s.linkExpiresAt);
    add(tr("Adresse mémorisée (21 jours)"), s.emailForgottenAt);
}

void TrainerPanel::refreshAgent()
{
    if (m_person->count() == 0)
        return;
    const ameli::AgentDiagnosis d =
        ameli::AgentAdvisor::diagnose(m_database, m_clock, followedPerson());
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p><p><b>%4</b></p><ul>")
                       .arg(d.person.toHtmlEscaped(), tr("État du compte :").toHtmlEscaped(),
                            d.state.toHtmlEscaped(), tr("Historique").toHtmlEscaped());
    for (const auto &e : d.events)
        html += QStringLiteral("<li>%1 — %2</li>").arg(when(e.at), e.text.toHtmlEscaped());
    if (d.events.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(tr("Aucun envoi.").toHtmlEscaped());
    html += QStringLiteral("</ul>");
    // A new situation asks a new answer: hidden again in an exam.
    if (m_adviceText != d.advice) {
        m_adviceText = d.advice;
        m_adviceRevealed = false;
        showAdvice();
    }
    // Refreshed every second: only a change is shown, so the trainer's reading is not reset.
    if (m_agentHtml != html) {
        m_agentHtml = html;
        const int scroll = m_agent->verticalScrollBar()->value();
        m_agent->setHtml(html);
        m_agent->verticalScrollBar()->setValue(scroll);
    }
}

QPushButton *TrainerPanel::clockButton(const QString &name) const
{
    for (QPushButton *b : m_clockButtons) {
        if (b->text() == name)
            return b;
    }
    return nullptr;
}

void TrainerPanel::printHandout()
{
    QString path;
    if (m_handoutChooser) {
        path = m_handoutChooser();
    } else {
        QSettings settings;
        const QString folder =
            settings
                .value(QStringLiteral("handout/folder"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .toString();
        path = QFileDialog::getSaveFileName(
            this, tr("Enregistrer le pas-à-pas"),
            QDir(folder).filePath(tr("pas-a-pas-code-provisoire.pdf")), tr("Document PDF (*.pdf)"));
        if (!path.isEmpty()) {
            if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
                path += QStringLiteral(".pdf");
            settings.setValue(QStringLiteral("handout/folder"), QFileInfo(path).absolutePath());
        }
    }
    if (path.isEmpty())
        return;
    m_handoutFile = path;
    m_openHandout->hide();
    if (!m_handoutJob) {
        m_handoutJob = new HandoutJob(
            m_handoutProgram.isEmpty() ? QCoreApplication::applicationFilePath() : m_handoutProgram,
            this);
    }
    auto *progress = new QProgressDialog(tr("Préparation du pas-à-pas : le simulateur parcourt "
                                            "les écrans…"),
                                         tr("Annuler"), 0, 0, this);
    progress->setWindowTitle(tr("Imprimer le pas-à-pas"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    // Not modal: the trainer goes on with the session while the handout is drawn.
    progress->setWindowModality(Qt::NonModal);
    connect(progress, &QProgressDialog::canceled, m_handoutJob, &HandoutJob::cancel);
    connect(m_handoutJob, &HandoutJob::progressed, progress,
            [progress](const QString &line) { progress->setLabelText(line); });
    connect(
        m_handoutJob, &HandoutJob::finished, this,
        [this, progress](bool written, const QString &message) {
            progress->close();
            m_handout->setEnabled(true);
            m_handoutNotice->show(written ? Notice::Kind::Info : Notice::Kind::Error, message);
            m_openHandout->setVisible(written);
        },
        Qt::SingleShotConnection);
    m_handout->setEnabled(false);
    m_handoutNotice->clear();
    progress->show();
    m_handoutJob->start(
        path,
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr"), 2);
}
