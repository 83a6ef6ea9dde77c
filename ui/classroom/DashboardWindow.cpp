#include "DashboardWindow.h"

#include "StationTile.h"
#include "classroom/RoomFeed.h"
#include "scenarios/ScenarioCatalog.h"
#include "store/ClassroomRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "widgets/FlowLayout.h"
#include "widgets/Notice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString kStuckKey = QStringLiteral("dashboard/stuckMinutes");
}

DashboardWindow::DashboardWindow(const ameli::Database &trainer,
                                 const ameli::ScenarioCatalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_trainer(trainer)
    , m_feed(new ameli::RoomFeed(trainer, this))
    , m_tileArea(new QWidget)
    , m_selectAll(new QCheckBox(tr("&Tous les postes")))
    , m_scenario(new QComboBox)
    , m_stuckMinutes(new QSpinBox)
    , m_notice(new Notice)
{
    setWindowTitle(tr("Salle de formation — tableau de bord (%1)").arg(trainer.path()));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("Postes de la salle"), central);
    title->setProperty("pageTitle", true);
    layout->addWidget(title);
    layout->addWidget(m_notice);

    auto *top = new QHBoxLayout;
    top->addWidget(m_selectAll);
    top->addStretch();
    auto *stuckLabel = new QLabel(tr("« Bloqué ? » après (minutes sans étape) :"), central);
    m_stuckMinutes->setRange(1, 60);
    m_stuckMinutes->setValue(QSettings().value(kStuckKey, 3).toInt());
    stuckLabel->setBuddy(m_stuckMinutes);
    m_stuckMinutes->setAccessibleName(stuckLabel->text());
    top->addWidget(stuckLabel);
    top->addWidget(m_stuckMinutes);
    layout->addLayout(top);

    new FlowLayout(m_tileArea, 12);
    auto *scroll = new QScrollArea(central);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_tileArea);
    layout->addWidget(scroll, 1);

    // The commands, in the order a session goes: start, move the clock, start again, pause.
    auto *commands = new QWidget(central);
    auto *flow = new FlowLayout(commands, 8);
    const auto addButton = [&](const QString &text, const std::function<void()> &action) {
        auto *b = new QPushButton(text, commands);
        QString name = text;
        b->setAccessibleName(name.remove(QLatin1Char('&')));
        connect(b, &QPushButton::clicked, this, action);
        flow->addWidget(b);
        m_buttons << b;
        return b;
    };
    // The label and its list on one line, centred together, however the buttons wrap.
    auto *scenarioRow = new QWidget(commands);
    auto *scenarioLayout = new QHBoxLayout(scenarioRow);
    scenarioLayout->setContentsMargins(0, 0, 0, 0);
    auto *scenarioLabel = new QLabel(tr("&Scénario :"), scenarioRow);
    scenarioLabel->setBuddy(m_scenario);
    m_scenario->setAccessibleName(tr("Scénario"));
    for (const ameli::Scenario &s : catalog.scenarios()) {
        m_scenario->addItem(s.title, s.id);
        m_titles.insert(s.id, s.title);
    }
    scenarioLayout->addWidget(scenarioLabel);
    scenarioLayout->addWidget(m_scenario);
    flow->addWidget(scenarioRow);
    addButton(tr("&Démarrer le scénario"), [this] {
        send(ameli::StationCommand::Kind::StartScenario, m_scenario->currentData().toString());
    });
    for (const auto &[label, minutes] : {std::pair{tr("+5 min"), 5},
                                         {tr("+30 min"), 30},
                                         {tr("+7 jours"), 7 * 24 * 60},
                                         {tr("+21 jours"), 21 * 24 * 60}}) {
        const int m = minutes;
        addButton(label,
                  [this, m] { send(ameli::StationCommand::Kind::MoveClock, QString::number(m)); });
    }
    addButton(tr("&Recommencer"), [this] { send(ameli::StationCommand::Kind::Reset); });
    addButton(tr("&Pause"), [this] { send(ameli::StationCommand::Kind::Pause); });
    addButton(tr("Re&prendre"), [this] { send(ameli::StationCommand::Kind::Resume); });
    addButton(tr("&Terminer"), [this] { send(ameli::StationCommand::Kind::End); });
    addButton(tr("&Résultats de la salle…"), [this] { emit resultsRequested(); });
    layout->addWidget(commands);
    setCentralWidget(central);

    connect(m_selectAll, &QCheckBox::toggled, this, [this](bool on) {
        for (StationTile *t : std::as_const(m_tiles))
            t->selectBox()->setChecked(on);
    });
    connect(m_stuckMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(kStuckKey, minutes);
        refreshTimes();
    });
    connect(m_feed, &ameli::RoomFeed::updated, this, &DashboardWindow::showStatuses);
    connect(m_feed, &ameli::RoomFeed::failed, this,
            [this](const QString &message) { m_notice->show(Notice::Kind::Error, message); });
    // Time on task and "stuck" move with the machine's clock, between two notifications.
    m_clockTick.setInterval(1000);
    connect(&m_clockTick, &QTimer::timeout, this, &DashboardWindow::refreshTimes);
    m_clockTick.start();
    resize(1000, 700);
    reload();
}

void DashboardWindow::reload()
{
    const QString problem = m_feed->reload();
    if (!problem.isEmpty())
        m_notice->show(Notice::Kind::Error, problem);
}

void DashboardWindow::showStatuses()
{
    for (const ameli::StationStatus &s : m_feed->statuses()) {
        m_statuses.insert(s.station, s);
        if (!m_tiles.contains(s.station)) {
            auto *tile = new StationTile(s.station, m_tileArea);
            // Stations in name order, as the room's plan numbers them.
            m_tiles.insert(s.station, tile);
            auto *flow = static_cast<FlowLayout *>(m_tileArea->layout());
            while (flow->count() > 0)
                flow->takeAt(0);
            for (StationTile *t : std::as_const(m_tiles))
                flow->addWidget(t);
            tile->selectBox()->setChecked(m_selectAll->isChecked());
        }
    }
    refreshTimes();
}

void DashboardWindow::refreshTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (StationTile *t = m_tiles.value(it.key())) {
            ameli::StationStatus shown = *it;
            shown.scenario = m_titles.value(shown.scenario, shown.scenario);
            t->show(shown, now, m_stuckMinutes->value() * 60);
        }
    }
}

QStringList DashboardWindow::chosenStations() const
{
    QStringList chosen;
    for (StationTile *t : std::as_const(m_tiles)) {
        if (t->selectBox()->isChecked())
            chosen << t->station();
    }
    return chosen;
}

void DashboardWindow::send(ameli::StationCommand::Kind kind, const QString &argument)
{
    const QStringList stations = chosenStations();
    if (stations.isEmpty()) {
        m_notice->show(Notice::Kind::Error,
                       tr("Choisissez d'abord un ou plusieurs postes (ou « Tous les postes »)."));
        return;
    }
    try {
        ameli::ClassroomRepository(m_trainer).issue(stations, kind, argument,
                                                    QDateTime::currentDateTimeUtc());
    } catch (const ameli::StoreError &e) {
        m_notice->show(Notice::Kind::Error, e.message());
        return;
    }
    m_notice->show(Notice::Kind::Info,
                   tr("Commande envoyée à %n poste(s) : %1.", nullptr, int(stations.size()))
                       .arg(stations.join(QStringLiteral(", "))));
}

QPushButton *DashboardWindow::button(const QString &text) const
{
    for (QPushButton *b : m_buttons) {
        if (b->accessibleName() == text)
            return b;
    }
    return nullptr;
}
