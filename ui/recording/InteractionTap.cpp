#include "InteractionTap.h"

#include "MainWindow.h"
#include "attempts/AttemptRecorder.h"
#include "attempts/FieldPrivacy.h"
#include "clock/SimulationClock.h"
#include "journey/BrokenRules.h"
#include "journey/JourneyService.h"
#include "journey/ProblemKeys.h"
#include "journey/SimulatedSites.h"
#include "journey/StepKeys.h"
#include "mailbox/MailboxWindow.h"
#include "pages/Page.h"
#include "widgets/FormField.h"
#include "widgets/LinkButton.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QRadioButton>
#include <QSplitterHandle>
#include <QTabBar>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using ameli::AttemptEvent;
using ameli::EventKind;

namespace {

// How long a search may rest before it counts as one search (the list filters while typing).
constexpr int kSearchSettleMs = 800;

QElapsedTimer &pressClock()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock;
}

// A click there does something: a control, a list, text one can select or follow.
bool isActionable(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
            qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
            qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
            qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QTabBar *>(w) ||
            qobject_cast<const QSplitterHandle *>(w) || qobject_cast<const QMenu *>(w)) {
            return w->isEnabled();
        }
        if (const auto *label = qobject_cast<const QLabel *>(w);
            label && label->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse) &&
            label->text().contains(QLatin1String("<a "))) {
            return true;
        }
        if (w->isWindow())
            break;
    }
    return false;
}

QString linkKind(const QUrl &url)
{
    if (ameli::SimulatedSites::isBlocked(url) || ameli::SimulatedSites::isBlockedByProgram(url))
        return QStringLiteral("blocked");
    if (!ameli::SimulatedSites::validationToken(url).isEmpty())
        return QStringLiteral("validation");
    if (url.host() == ameli::SimulatedSites::accountSiteHost())
        return QStringLiteral("login");
    return QStringLiteral("other");
}

} // namespace

InteractionTap::InteractionTap(ameli::AttemptRecorder &recorder,
                               const ameli::JourneyService &journey, MainWindow &window,
                               const ameli::SimulationClock &clock)
    : QObject(&window)
    , m_recorder(&recorder)
    , m_journey(journey)
    , m_window(window)
    , m_searchTimer(new QTimer(this))
    , m_offset(clock.offset())
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchSettleMs);
    connect(m_searchTimer, &QTimer::timeout, this, &InteractionTap::flushSearch);
    qApp->installEventFilter(this);
    hookTree(&m_window);
    hookTree(m_window.mailbox());
    connect(&m_window, &MainWindow::pageBuilt, this, [this](Page *page) { hookTree(page); });

    const auto pageShown = [this](ameli::JourneyStep step) {
        m_firstPagePending = false;
        if (!m_recorder)
            return;
        m_recorder->setStep(ameli::StepKeys::key(step));
        AttemptEvent e;
        e.kind = EventKind::PageShown;
        e.value = m_window.addressBar()->text();
        record(e);
    };
    connect(&m_window, &MainWindow::pageShown, this, pageShown);
    // An attempt starts where the person is, unless whoever started it shows a page at once
    // (a scenario goes back to the home page).
    connect(m_recorder, &ameli::AttemptRecorder::started, this, [this, pageShown] {
        m_firstPagePending = true;
        QTimer::singleShot(0, this, [this, pageShown] {
            if (m_firstPagePending && m_window.currentPage())
                pageShown(m_window.currentPage()->step());
        });
    });
    connect(&m_window, &MainWindow::resultShown, this, &InteractionTap::onResult);
    connect(qApp, &QApplication::focusChanged, this, &InteractionTap::onFocus);
    connect(&clock, &ameli::SimulationClock::offsetChanged, this, &InteractionTap::onClock);

    MailboxWindow *mailbox = m_window.mailbox();
    connect(mailbox->folderList(), &QListWidget::currentRowChanged, this, [this, mailbox] {
        // Only the person's own moves, not the mailbox opening on an address.
        if (!mailbox->isVisible() || !mailbox->folderList()->hasFocus())
            return;
        AttemptEvent e;
        e.kind = EventKind::MailboxFolder;
        e.target = mailbox->folderLabel();
        e.area = QStringLiteral("mailbox");
        record(e);
    });
    connect(mailbox->searchEdit(), &QLineEdit::textEdited, this, [this] {
        m_searchPending = true;
        m_searchTimer->start();
    });
    connect(mailbox, &MailboxWindow::mailReaderChosen, this, [this, mailbox] {
        AttemptEvent e;
        e.kind = EventKind::MailboxReader;
        e.target = mailbox->readerLabel();
        e.area = QStringLiteral("mailbox");
        record(e);
    });
    connect(mailbox, &MailboxWindow::mailOpened, this, [this](const ameli::Mail &mail) {
        AttemptEvent e;
        e.kind = EventKind::MailOpened;
        e.target = mail.content.subject;
        e.detail = ameli::mailFolderKey(mail.folder);
        e.area = QStringLiteral("mailbox");
        record(e);
    });
    connect(mailbox, &MailboxWindow::linkActivated, this, [this](const QUrl &url) {
        AttemptEvent e;
        e.kind = EventKind::MailLinkFollowed;
        // Where it leads, never the address itself: it carries the validation token.
        e.target = linkKind(url);
        e.area = QStringLiteral("mailbox");
        record(e);
    });
    connect(m_recorder, &ameli::AttemptRecorder::aboutToEnd, this, &InteractionTap::flushPending);
    connect(m_recorder, &ameli::AttemptRecorder::ended, this, [this] {
        m_editing.clear();
        m_edits = 0;
        m_searchPending = false;
    });
}

InteractionTap::~InteractionTap()
{
    qApp->removeEventFilter(this);
}

bool InteractionTap::recording() const
{
    return m_recorder && m_recorder->isRecording();
}

bool InteractionTap::isWatched(const QWidget *widget) const
{
    if (!widget)
        return false;
    const QWidget *window = widget->window();
    if (window != &m_window && window != m_window.mailbox())
        return false;
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        // The trainer's panel and the participant's card are not the journey.
        if (qobject_cast<const QDockWidget *>(w))
            return false;
    }
    return true;
}

void InteractionTap::hookTree(QWidget *root)
{
    hook(root);
    for (QWidget *child : root->findChildren<QWidget *>())
        hook(child);
}

void InteractionTap::hook(QWidget *widget)
{
    if (!widget || widget->property("tapped").toBool() || !isWatched(widget))
        return;
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        widget->setProperty("tapped", true);
        connect(button, &QAbstractButton::clicked, this, [this, button] { onButton(button); });
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget);
               edit && edit != m_window.mailbox()->searchEdit() && !edit->isReadOnly()) {
        widget->setProperty("tapped", true);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { onEdited(edit); });
    }
}

QString InteractionTap::labelOf(const QWidget *widget) const
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text().remove(QLatin1Char('&'));
    return {};
}

QString InteractionTap::fieldOf(const QWidget *widget) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (const auto *field = qobject_cast<const FormField *>(w))
            return field->fieldName();
        if (qobject_cast<const Page *>(w))
            break;
    }
    return {};
}

void InteractionTap::record(AttemptEvent event)
{
    if (!recording())
        return;
    flushEdit();
    flushSearch();
    m_recorder->record(std::move(event));
}

void InteractionTap::flushPending()
{
    flushEdit();
    flushSearch();
}

void InteractionTap::flushEdit()
{
    if (!m_editing || m_edits == 0) {
        m_edits = 0;
        return;
    }
    QLineEdit *edit = m_editing;
    AttemptEvent e;
    e.kind = EventKind::FieldEdited;
    e.field = fieldOf(edit);
    e.target = labelOf(edit);
    e.count = m_edits;
    e.length = int(edit->text().size());
    e.value = ameli::FieldPrivacy::safeValue(e.field, edit->text());
    if (e.field == ameli::field::newCode) {
        // Which rules the code met, asked of the model; the code itself is not kept.
        for (const ameli::CodeRuleCheck &check : m_journey.checkPersonalCode(edit->text(), {})) {
            if (check.met && check.rule != ameli::CodeRule::Confirmed)
                e.rules << ameli::PersonalCodePolicy::ruleId(check.rule);
        }
    }
    m_edits = 0;
    m_editing.clear();
    if (m_recorder)
        m_recorder->record(e, m_lastEditMs);
}

void InteractionTap::flushSearch()
{
    if (!m_searchPending)
        return;
    m_searchPending = false;
    m_searchTimer->stop();
    MailboxWindow *mailbox = m_window.mailbox();
    AttemptEvent e;
    e.kind = EventKind::MailboxSearch;
    e.field = ameli::FieldPrivacy::mailboxSearchField();
    e.value = ameli::FieldPrivacy::safeValue(e.field, mailbox->searchEdit()->text());
    e.length = int(mailbox->searchEdit()->text().size());
    e.count = mailbox->shownCount();
    e.area = QStringLiteral("mailbox");
    if (recording())
        m_recorder->record(e);
}

void InteractionTap::onEdited(QLineEdit *edit)
{
    if (!recording())
        return;
    if (m_editing != edit)
        flushEdit();
    m_editing = edit;
    ++m_edits;
    m_lastEditMs = m_recorder->elapsedMs();
}

void InteractionTap::onButton(QAbstractButton *button)
{
    if (!recording())
        return;
    AttemptEvent e;
    const QString special = button->property("recordAs").toString();
    if (special == u"captcha_renewed")
        e.kind = EventKind::CaptchaRenewed;
    else if (special == u"captcha_listened")
        e.kind = EventKind::CaptchaListened;
    else if (qobject_cast<QRadioButton *>(button))
        e.kind = EventKind::ChoiceMade;
    else if (qobject_cast<LinkButton *>(button))
        e.kind = EventKind::LinkActivated;
    else
        e.kind = EventKind::ButtonActivated;
    e.target = labelOf(button);
    e.field = fieldOf(button);
    if (e.kind == EventKind::ChoiceMade && e.field.isEmpty() && button->parentWidget())
        e.field = button->parentWidget()->accessibleName();
    const bool byMouse = m_pressed && (m_pressed == button || button->isAncestorOf(m_pressed)) &&
                         pressClock().elapsed() - m_pressedAtMs < 2000;
    e.detail = byMouse ? QStringLiteral("mouse") : QStringLiteral("keyboard");
    if (button->window() == m_window.mailbox())
        e.area = QStringLiteral("mailbox");
    record(e);
}

void InteractionTap::onFocus(QWidget *old, QWidget *now)
{
    if (!recording())
        return;
    if (old && isWatched(old)) {
        AttemptEvent e;
        e.kind = EventKind::FocusOut;
        e.target = labelOf(old);
        e.field = fieldOf(old);
        record(e);
    }
    if (now && isWatched(now)) {
        AttemptEvent e;
        e.kind = EventKind::FocusIn;
        e.target = labelOf(now);
        e.field = fieldOf(now);
        record(e);
    }
}

void InteractionTap::onPress(QWidget *widget, const QMouseEvent *event)
{
    m_pressed = widget;
    m_pressedAtMs = pressClock().elapsed();
    if (!recording() || isActionable(widget))
        return;
    AttemptEvent e;
    e.kind = EventKind::Misclick;
    // Where, on what: a position on the page (which scrolls) or on the window, and the kind of
    // thing under the pointer, never its text (it could be a persona's number).
    const QPoint global = event->globalPosition().toPoint();
    Page *page = m_window.currentPage();
    if (widget->window() == m_window.mailbox()) {
        const QPoint p = m_window.mailbox()->mapFromGlobal(global);
        e.x = p.x();
        e.y = p.y();
        e.area = QStringLiteral("mailbox");
    } else if (page && (page == widget || page->isAncestorOf(widget))) {
        const QPoint p = page->mapFromGlobal(global);
        e.x = p.x();
        e.y = p.y();
        e.area = QStringLiteral("page");
    } else {
        const QPoint p = m_window.mapFromGlobal(global);
        e.x = p.x();
        e.y = p.y();
        e.area = QStringLiteral("window");
    }
    e.target = qobject_cast<QLabel *>(widget) ? tr("texte") : tr("zone vide");
    record(e);
}

void InteractionTap::onResult(const ameli::JourneyResult &result)
{
    AttemptEvent e;
    e.kind = EventKind::ServiceResult;
    e.target = ameli::StepKeys::key(result.step);
    e.problem = ameli::ProblemKeys::key(result.problem);
    e.rules = ameli::BrokenRules::of(result);
    e.message = result.message;
    if (!result.fieldErrors.isEmpty()) {
        QJsonObject errors;
        for (const ameli::FieldError &f : result.fieldErrors)
            errors.insert(f.field, f.message);
        e.detail = QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact));
    }
    record(e);
}

void InteractionTap::onClock(std::chrono::milliseconds offset)
{
    const auto delta = std::chrono::duration_cast<std::chrono::minutes>(offset - m_offset);
    m_offset = offset;
    AttemptEvent e;
    e.kind = EventKind::ClockMoved;
    e.count = offset.count() == 0 ? -1 : int(delta.count());
    record(e);
}

bool InteractionTap::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        if (watched->isWidgetType())
            hook(static_cast<QWidget *>(watched));
        break;
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A press a widget ignores goes on to its parents: one press, one record.
        const QPointF where = mouse->globalPosition();
        if (mouse->timestamp() == m_lastPressTimestamp && where == m_lastPressPosition)
            break;
        m_lastPressTimestamp = mouse->timestamp();
        m_lastPressPosition = where;
        if (watched->isWidgetType() && isWatched(static_cast<QWidget *>(watched)))
            onPress(static_cast<QWidget *>(watched), mouse);
        break;
    }
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (edit && isWatched(edit) &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            edit != m_window.mailbox()->searchEdit()) {
            AttemptEvent e;
            e.kind = EventKind::KeySubmitted;
            e.target = labelOf(edit);
            e.field = fieldOf(edit);
            record(e);
        }
        break;
    }
    case QEvent::Show:
        if (watched == m_window.mailbox()) {
            AttemptEvent e;
            e.kind = EventKind::MailboxOpened;
            e.area = QStringLiteral("mailbox");
            record(e);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
