#include "ReplayWindow.h"

#include "MainWindow.h"
#include "ReplayOverlay.h"
#include "attempts/MeasureCalculator.h"
#include "attempts/MeasureText.h"
#include "debrief/TimelineView.h"
#include "journey/JourneyService.h"
#include "journey/ProblemKeys.h"
#include "journey/StepKeys.h"
#include "mailbox/MailboxWindow.h"
#include "pages/Page.h"
#include "pages/PersonalCodePage.h"
#include "store/AttemptRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "widgets/FormField.h"
#include "widgets/PasswordField.h"
#include "widgets/RuleChecklist.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using ameli::AttemptEvent;
using ameli::EventKind;

namespace {

constexpr int kTickMs = 40;
// A replay's clock never moves by itself: the recorded pages are shown, not computed.
QDateTime frozenNow()
{
    return QDateTime(QDate(2000, 1, 1), QTime(12, 0), Qt::UTC);
}

ameli::JourneyResult resultOf(const AttemptEvent &e)
{
    ameli::JourneyResult r;
    r.step = ameli::StepKeys::fromKey(e.target).value_or(ameli::JourneyStep::Login);
    r.problem = ameli::ProblemKeys::fromKey(e.problem);
    r.message = e.message;
    const QJsonObject errors = QJsonDocument::fromJson(e.detail.toUtf8()).object();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        r.fieldErrors.append({it.key(), it.value().toString()});
    return r;
}

} // namespace

ReplayWindow::ReplayWindow(const ameli::Database &records, qint64 attemptId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_records(records)
    , m_clock([] { return frozenNow(); })
{
    const ameli::AttemptRepository repository(records);
    const std::optional<ameli::Attempt> attempt = repository.find(attemptId);
    if (!attempt) {
        throw ameli::StoreError(QCoreApplication::translate(
            "ReplayWindow", "Cette tentative n'existe plus : elle a peut-être été supprimée."));
    }
    m_attempt = *attempt;
    m_events = repository.events(attemptId);
    const ameli::AttemptMeasures measures = ameli::MeasureCalculator::compute(m_attempt, m_events);
    m_duration =
        std::max<qint64>(measures.timeOnTaskMs, m_events.isEmpty() ? 0 : m_events.last().elapsedMs);

    // The replay's own world: a blank store in a temporary folder, never the live one.
    m_world = std::make_unique<ameli::Database>(m_dir.filePath(QStringLiteral("replay.sqlite")));
    m_journey = std::make_unique<ameli::JourneyService>(*m_world, m_clock);

    setWindowTitle(tr("Rejeu — %1, %2").arg(m_attempt.spec.participant, m_attempt.activityTitle()));
    setObjectName(QStringLiteral("replayWindow"));
    resize(1500, 900);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_frame = new MainWindow(*m_journey, *m_world, m_clock);
    m_frame->setWindowFlags(Qt::Widget);
    // The replayed pages are looked at, not used: the controls below drive them.
    m_frame->setFocusPolicy(Qt::NoFocus);
    m_frame->setAccessibleName(tr("Pages rejouées"));
    splitter->addWidget(m_frame);
    m_overlay = new ReplayOverlay(m_frame);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    auto *listLabel = new QLabel(tr("É&vénements"), side);
    m_list = new QTreeWidget(side);
    m_list->setAccessibleName(tr("Événements"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Moment"), tr("Événement")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    listLabel->setBuddy(m_list);
    for (const AttemptEvent &e : std::as_const(m_events)) {
        auto *item =
            new QTreeWidgetItem(m_list, {ameli::MeasureText::duration(e.elapsedMs), e.describe()});
        item->setToolTip(1, e.describe());
        item->setData(0, Qt::UserRole, e.elapsedMs);
    }
    sideLayout->addWidget(listLabel);
    sideLayout->addWidget(m_list, 1);
    auto *noteRow = new QHBoxLayout;
    m_noteEdit = new QLineEdit(side);
    m_noteEdit->setAccessibleName(tr("Note à ce moment"));
    m_noteEdit->setPlaceholderText(tr("Une note à ce moment du rejeu"));
    auto *addNoteButton = new QPushButton(tr("A&jouter la note"), side);
    addNoteButton->setAccessibleName(tr("Ajouter la note"));
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(addNoteButton);
    sideLayout->addLayout(noteRow);
    splitter->addWidget(side);
    side->setMinimumWidth(440);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_happening = new QLabel(this);
    m_happening->setWordWrap(true);
    m_happening->setTextFormat(Qt::PlainText);
    m_happening->setProperty("replayHappening", true);
    m_happening->setMinimumHeight(40);
    layout->addWidget(m_happening);

    m_timeline = new TimelineView(this);
    m_timeline->setMaximumHeight(170);
    layout->addWidget(m_timeline);

    auto *controls = new QHBoxLayout;
    m_play = new QPushButton(tr("&Lecture"), this);
    m_play->setAccessibleName(tr("Lecture"));
    m_speed = new QComboBox(this);
    for (int factor : {1, 2, 4, 8})
        m_speed->addItem(tr("%1×").arg(factor), factor);
    m_speed->setAccessibleName(tr("Vitesse"));
    auto *speedLabel = new QLabel(tr("&Vitesse :"), this);
    speedLabel->setBuddy(m_speed);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, int(std::min<qint64>(m_duration, std::numeric_limits<int>::max())));
    m_slider->setSingleStep(1000);
    m_slider->setPageStep(10000);
    m_slider->setAccessibleName(tr("Position dans la tentative"));
    m_time = new QLabel(this);
    controls->addWidget(m_play);
    controls->addWidget(speedLabel);
    controls->addWidget(m_speed);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);
    layout->addLayout(controls);

    // X1: the controls first, then the events and the note; the replayed pages take no focus.
    {
        const QList<QWidget *> order{m_play, m_speed,    m_slider,     m_timeline,
                                     m_list, m_noteEdit, addNoteButton};
        for (qsizetype i = 1; i < order.size(); ++i)
            QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ReplayWindow::tick);
    connect(m_play, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { setSpeed(m_speed->currentData().toInt()); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (value != int(m_position))
            seek(value);
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { seek(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_timeline, &TimelineView::momentClicked, this, &ReplayWindow::seek);
    connect(addNoteButton, &QPushButton::clicked, this, [this] { addNote(m_noteEdit->text()); });
    connect(m_noteEdit, &QLineEdit::returnPressed, this, [this] { addNote(m_noteEdit->text()); });

    refreshNotes();
    rewind();
    applyUpTo(0, false);
    showPosition();
    m_play->setFocus();
}

ReplayWindow::~ReplayWindow()
{
    m_frame->mailbox()->close();
}

bool ReplayWindow::isPlaying() const
{
    return m_timer->isActive();
}

void ReplayWindow::play()
{
    if (m_position >= m_duration)
        seek(0);
    m_wall.start();
    m_timer->start();
    m_play->setText(tr("&Pause"));
    m_play->setAccessibleName(tr("Pause"));
}

void ReplayWindow::pause()
{
    m_timer->stop();
    m_play->setText(tr("&Lecture"));
    m_play->setAccessibleName(tr("Lecture"));
}

void ReplayWindow::setSpeed(int factor)
{
    m_factor = std::clamp(factor, 1, 8);
    const int index = m_speed->findData(m_factor);
    if (index >= 0 && index != m_speed->currentIndex())
        m_speed->setCurrentIndex(index);
}

void ReplayWindow::tick()
{
    advance(m_wall.restart());
}

void ReplayWindow::advance(qint64 wallMs)
{
    const qint64 target = std::min(m_duration, m_position + wallMs * m_factor);
    applyUpTo(target, true);
    m_position = target;
    showPosition();
    if (m_position >= m_duration) {
        pause();
        emit finished();
    }
}

void ReplayWindow::rewind()
{
    m_frame->restart();
    m_overlay->clear();
    m_happening->clear();
    m_applied = 0;
    m_position = 0;
}

void ReplayWindow::seek(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, m_duration);
    if (ms < m_position)
        rewind();
    applyUpTo(ms, false);
    m_position = ms;
    showPosition();
}

void ReplayWindow::applyUpTo(qint64 ms, bool animate)
{
    while (m_applied < m_events.size() && m_events.at(m_applied).elapsedMs <= ms) {
        apply(m_events.at(m_applied), animate);
        ++m_applied;
    }
}

void ReplayWindow::showPosition()
{
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int(m_position));
    }
    m_time->setText(tr("%1 / %2").arg(ameli::MeasureText::duration(m_position),
                                      ameli::MeasureText::duration(m_duration)));
    m_timeline->setCursor(m_position);
    if (m_applied > 0) {
        QTreeWidgetItem *item = m_list->topLevelItem(m_applied - 1);
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(item);
        m_list->scrollToItem(item);
    } else {
        m_list->setCurrentItem(nullptr);
    }
}

QWidget *ReplayWindow::findControl(const QString &label, const QString &field) const
{
    Page *page = m_frame->currentPage();
    if (page && !field.isEmpty()) {
        if (FormField *f = page->field(field)) {
            if (label.isEmpty() || f->input()->accessibleName() == label)
                return f->input();
            for (QWidget *w : f->findChildren<QWidget *>()) {
                if (w->accessibleName() == label && w->isVisible())
                    return w;
            }
        }
    }
    if (label.isEmpty())
        return nullptr;
    QWidget *root = page ? static_cast<QWidget *>(page) : static_cast<QWidget *>(m_frame);
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->accessibleName() == label && w->isVisible())
            return w;
    }
    // The frame's own controls: back, forward, Messagerie.
    for (QWidget *w : m_frame->findChildren<QWidget *>()) {
        if (w->accessibleName().startsWith(label) && w->isVisible())
            return w;
    }
    return nullptr;
}

QPoint ReplayWindow::clickPosition(const AttemptEvent &e) const
{
    if (e.x < 0 || e.y < 0)
        return {-1, -1};
    if (e.area == u"page") {
        if (Page *page = m_frame->currentPage())
            return page->mapTo(m_frame, QPoint(e.x, e.y));
    }
    if (e.area == u"window")
        return {e.x, e.y};
    return {-1, -1};
}

void ReplayWindow::apply(const AttemptEvent &e, bool animate)
{
    switch (e.kind) {
    case EventKind::PageShown: {
        const std::optional<ameli::JourneyStep> step = ameli::StepKeys::fromKey(e.step);
        if (step && (!m_frame->currentPage() || m_frame->currentPage()->step() != *step))
            m_frame->display(*step);
        m_overlay->setFocusWidget(nullptr);
        break;
    }
    case EventKind::ServiceResult:
        m_frame->go(resultOf(e));
        if (!e.problem.isEmpty())
            m_happening->setText(e.describe());
        break;
    case EventKind::FieldEdited: {
        QWidget *control = findControl(e.target, e.field);
        auto *edit = qobject_cast<QLineEdit *>(control);
        if (!edit && control)
            edit = control->findChild<QLineEdit *>();
        if (auto *password = control ? qobject_cast<PasswordField *>(control) : nullptr)
            password->setRevealed(false);
        if (edit) {
            // What was typed, as far as it was kept: bullets of the typed length otherwise.
            const QString shown =
                !e.value.isEmpty() || e.length <= 0 ? e.value : QString(e.length, QChar(0x2022));
            const QSignalBlocker block(edit);
            edit->setText(shown);
            m_overlay->setFocusWidget(edit);
        }
        if (e.field == ameli::field::newCode) {
            if (auto *personal = qobject_cast<PersonalCodePage *>(m_frame->currentPage())) {
                QList<ameli::CodeRuleCheck> checks;
                for (ameli::CodeRule rule :
                     {ameli::CodeRule::Length, ameli::CodeRule::LowerAndUpper,
                      ameli::CodeRule::DigitOrSpecial, ameli::CodeRule::OnlyAllowed,
                      ameli::CodeRule::NoPersonalData}) {
                    checks.append({rule, e.rules.contains(ameli::PersonalCodePolicy::ruleId(rule)),
                                   ameli::PersonalCodePolicy::label(rule)});
                }
                personal->checklist()->update(checks);
            }
        }
        break;
    }
    case EventKind::FocusIn:
        m_overlay->setFocusWidget(findControl(e.target, e.field));
        break;
    case EventKind::ChoiceMade: {
        QWidget *control = findControl(e.target, e.field);
        if (auto *radio = qobject_cast<QRadioButton *>(control)) {
            const QSignalBlocker block(radio);
            radio->setChecked(true);
        }
        if (animate && control)
            m_overlay->flash(control);
        break;
    }
    case EventKind::ButtonActivated:
    case EventKind::LinkActivated:
    case EventKind::KeySubmitted:
    case EventKind::CaptchaRenewed:
    case EventKind::CaptchaListened: {
        QWidget *control = findControl(e.target, e.field);
        if (animate && control) {
            m_overlay->flash(control);
            if (e.detail == u"mouse")
                m_overlay->ring(control->mapTo(m_frame, control->rect().center()), false);
        }
        if (e.kind == EventKind::CaptchaListened || e.kind == EventKind::CaptchaRenewed)
            m_happening->setText(e.describe());
        break;
    }
    case EventKind::Misclick: {
        const QPoint p = clickPosition(e);
        if (animate && p.x() >= 0)
            m_overlay->ring(p, true);
        if (e.area == u"mailbox")
            m_happening->setText(e.describe() + tr(" (messagerie)"));
        break;
    }
    case EventKind::MailboxOpened:
    case EventKind::MailboxFolder:
    case EventKind::MailboxReader:
    case EventKind::MailboxSearch:
    case EventKind::MailOpened:
    case EventKind::MailLinkFollowed:
        m_happening->setText(tr("Messagerie : %1").arg(e.describe()));
        break;
    case EventKind::AttemptStarted:
    case EventKind::AttemptEnded:
    case EventKind::ClockMoved:
    case EventKind::HintShown:
    case EventKind::QuestionnaireAnswer:
    case EventKind::ParticipantFinished:
    case EventKind::ParticipantGaveUp:
        m_happening->setText(e.describe());
        break;
    case EventKind::FocusOut:
        break;
    }
}

void ReplayWindow::addNote(const QString &text)
{
    const QString note = text.trimmed();
    if (note.isEmpty())
        return;
    try {
        ameli::AttemptRepository(m_records).addNote(m_attempt.id, m_position, note,
                                                    QDateTime::currentDateTimeUtc());
        m_noteEdit->clear();
        refreshNotes();
        emit notesChanged();
    } catch (const ameli::StoreError &e) {
        m_happening->setText(e.message());
    }
}

void ReplayWindow::refreshNotes()
{
    const ameli::AttemptRepository repository(m_records);
    const ameli::AttemptMeasures measures = ameli::MeasureCalculator::compute(m_attempt, m_events);
    m_timeline->setAttempt(measures, m_events, repository.notes(m_attempt.id));
    m_timeline->setCursor(m_position);
}
