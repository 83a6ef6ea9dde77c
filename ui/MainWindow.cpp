#include "MainWindow.h"

#include "JourneyRunner.h"
#include "WindowPlacement.h"
#include "help/AboutDialog.h"
#include "help/HelpFiles.h"
#include "help/UserGuideWindow.h"
#include "journey/JourneyService.h"
#include "journey/SimulatedSites.h"
#include "mailbox/MailboxWindow.h"
#include "pages/AccountCreationPage.h"
#include "pages/AccountHomePage.h"
#include "pages/CodeSentPage.h"
#include "pages/ConditionsPage.h"
#include "pages/ContactDetailsPage.h"
#include "pages/ForgottenCodePage.h"
#include "pages/HomePage.h"
#include "pages/LinkExpiredPage.h"
#include "pages/LoginPage.h"
#include "pages/PersonalCodePage.h"
#include "pages/ValidationPendingPage.h"
#include "store/Database.h"
#include "store/MailRepository.h"
#include "store/PersonRepository.h"
#include "store/ServerWatch.h"
#include "store/StoreError.h"
#include "widgets/HiddenListItems.h"
#include "widgets/Notice.h"
#include "widgets/ScrollArea.h"
#include "widgets/ScrollAreaAccessible.h"
#include "widgets/SiteHeader.h"

#include <QApplication>
#include <QChildEvent>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using ameli::JourneyResult;
using ameli::JourneyStep;

namespace {

// Pages a browser's back button may return to: the public ones. The activation steps and the
// account are not revisited that way, as on the real service.
bool isPublic(JourneyStep step)
{
    switch (step) {
    case JourneyStep::Home:
    case JourneyStep::AccountCreation:
    case JourneyStep::Login:
    case JourneyStep::ForgottenCode:
    case JourneyStep::CodeSent:
    case JourneyStep::ValidationPending:
        return true;
    default:
        return false;
    }
}

} // namespace

MainWindow::MainWindow(ameli::JourneyService &journey, const ameli::Database &database,
                       const ameli::SimulationClock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_journey(journey)
    , m_database(database)
    , m_runner(new JourneyRunner(this))
    , m_stack(new QStackedWidget(this))
    , m_storeNotice(new Notice(this))
    , m_address(new QLineEdit(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_mailboxButton(new QPushButton(this))
    , m_helpButton(new QToolButton(this))
    , m_mailbox(new MailboxWindow(database, this))
{
    HiddenListItems::install();
    ScrollAreaAccessible::install();
    setWindowTitle(tr("Simulateur du compte ameli — formation"));
    // Where the person left it, if the screen it opens on still has room; pages scroll.
    WindowPlacement::restore(*this, QStringLiteral("window"), QSize(1100, 820));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *banner = new QLabel(tr("Simulateur de formation : données fictives, aucune connexion au "
                                 "vrai service. Ce n'est pas le site de l'Assurance Maladie."),
                              central);
    banner->setProperty("trainingBanner", true);
    banner->setWordWrap(true);
    layout->addWidget(banner);
    m_storeNotice->setObjectName(QStringLiteral("storeNoticeLabel"));
    m_storeNotice->hide();
    layout->addWidget(m_storeNotice);
    if (m_database.onServer()) {
        m_serverWatch = new ameli::ServerWatch(m_database, this);
        connect(m_serverWatch, &ameli::ServerWatch::countdown, this, [this](int seconds) {
            const QString text = tr("Connexion au serveur de la salle perdue — nouvel essai dans "
                                    "%1 s. La page et ce que vous avez saisi restent là.")
                                     .arg(seconds);
            // Said once when it starts; then the count changes without being read out.
            if (m_storeNotice->isVisible() && m_storeNotice->kind() == Notice::Kind::Error)
                m_storeNotice->setText(text);
            else
                m_storeNotice->show(Notice::Kind::Error, text);
        });
        connect(m_serverWatch, &ameli::ServerWatch::restored, this, [this] {
            m_storeNotice->show(Notice::Kind::Info,
                                tr("Connexion au serveur de la salle rétablie : recommencez "
                                   "la dernière action si elle a été refusée."));
        });
    }

    auto *browserBar = new QWidget(central);
    browserBar->setProperty("browserBar", true);
    auto *bar = new QHBoxLayout(browserBar);
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setAccessibleName(tr("Page précédente"));
    m_back->setToolTip(tr("Page précédente"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setAccessibleName(tr("Page suivante"));
    m_forward->setToolTip(tr("Page suivante"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Adresse de la page"));
    m_address->setFocusPolicy(Qt::ClickFocus);
    m_mailboxButton->setAccessibleName(tr("Messagerie"));
    m_mailboxButton->setProperty("mailboxButton", true);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_address, 1);
    bar->addWidget(m_mailboxButton);
    // The simulator's own help, beside the simulated browser's controls (the pages are the
    // site's, the help is the program's).
    m_helpButton->setText(tr("Aide"));
    m_helpButton->setAccessibleName(tr("Aide"));
    m_helpButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_helpButton->setPopupMode(QToolButton::InstantPopup);
    m_helpButton->setProperty("helpButton", true);
    auto *helpMenu = new QMenu(m_helpButton);
    QAction *guide =
        helpMenu->addAction(tr("&Guide d'utilisation"), this, &MainWindow::showUserGuide);
    // F1 in this window and its docks (not application-wide: a replay holds a frame of its
    // own, and two application shortcuts on one key would cancel each other).
    guide->setShortcut(QKeySequence::HelpContents);
    addAction(guide);
    m_guideAction = guide;
    helpMenu->addAction(tr("À &propos du simulateur…"), this, &MainWindow::showAbout);
    m_helpButton->setMenu(helpMenu);
    bar->addWidget(m_helpButton);
    layout->addWidget(browserBar);

    layout->addWidget(new SiteHeader(central));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Each page is built the first time it is shown (or asked for): the window paints sooner,
    // and most visits see a few of the twelve pages.
    const PageContext context{journey, *m_runner, clock, database};
    const auto maker = [this, context](JourneyStep step, auto make) {
        m_pageMakers.insert(step, [context, make] { return make(context); });
    };
    maker(JourneyStep::Home, [](const PageContext &c) { return new HomePage(c); });
    maker(JourneyStep::Login, [](const PageContext &c) { return new LoginPage(c); });
    maker(JourneyStep::AccountCreation,
          [](const PageContext &c) { return new AccountCreationPage(c); });
    maker(JourneyStep::ForgottenCode,
          [](const PageContext &c) { return new ForgottenCodePage(c); });
    maker(JourneyStep::CodeSent, [](const PageContext &c) { return new CodeSentPage(c); });
    maker(JourneyStep::Conditions, [](const PageContext &c) { return new ConditionsPage(c); });
    maker(JourneyStep::PersonalCode, [](const PageContext &c) { return new PersonalCodePage(c); });
    maker(JourneyStep::ContactDetails,
          [](const PageContext &c) { return new ContactDetailsPage(c); });
    maker(JourneyStep::ValidationPending,
          [](const PageContext &c) { return new ValidationPendingPage(c); });
    maker(JourneyStep::LinkExpired,
          [](const PageContext &c) { return new LinkExpiredPage(c, JourneyStep::LinkExpired); });
    maker(JourneyStep::AskNewEmail,
          [](const PageContext &c) { return new LinkExpiredPage(c, JourneyStep::AskNewEmail); });
    maker(JourneyStep::AccountHome, [](const PageContext &c) { return new AccountHomePage(c); });

    connect(m_back, &QToolButton::clicked, this, [this] { moveInHistory(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { moveInHistory(+1); });
    connect(m_mailboxButton, &QPushButton::clicked, this, &MainWindow::showMailbox);
    connect(m_mailbox, &MailboxWindow::linkActivated, this, &MainWindow::openLink);
    connect(m_mailbox, &MailboxWindow::unreadCountChanged, this, &MainWindow::updateMailboxButton);
    connect(m_runner, &JourneyRunner::busyChanged, this, [this](bool busy) {
        m_stack->setEnabled(!busy);
        if (busy)
            QApplication::setOverrideCursor(Qt::BusyCursor);
        else
            QApplication::restoreOverrideCursor();
    });
    // X1: whatever takes the focus, by Tab or after an error, is scrolled into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget());
            scroll && now && scroll->widget() && scroll->widget()->isAncestorOf(now)) {
            scroll->ensureWidgetVisible(now, 24, 48);
        }
    });
    updateMailboxButton(m_mailbox->unreadCount());
    showStep(JourneyStep::Home, {}, true);
    // The other pages are built once the window is up, one per turn of the event loop (each
    // under a frame's time): neither the first paint nor a first visit waits for one.
    QTimer::singleShot(200, this, &MainWindow::buildNextPage);
}

void MainWindow::buildNextPage()
{
    for (auto it = m_pageMakers.cbegin(); it != m_pageMakers.cend(); ++it) {
        if (!m_pages.contains(it.key())) {
            page(it.key());
            QTimer::singleShot(0, this, &MainWindow::buildNextPage);
            return;
        }
    }
}

MainWindow::~MainWindow()
{
    // Destroying the children (a floating dock is a window) moves the focus: the handler must
    // not run on a half-destroyed window.
    disconnect(qApp, nullptr, this, nullptr);
}

void MainWindow::addPage(Page *page)
{
    auto *scroll = new ScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The page's controls take the focus, not the frame around them (X1).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_pages.insert(page->step(), page);
    m_scrollers.insert(page->step(), scroll);
    connect(page, &Page::arrived, this, &MainWindow::go);
    connect(page, &Page::navigate, this, &MainWindow::follow);
    connect(page, &Page::mailboxRequested, this, &MainWindow::showMailbox);
}

Page *MainWindow::page(JourneyStep step)
{
    if (Page *built = m_pages.value(step))
        return built;
    const auto make = m_pageMakers.constFind(step);
    if (make == m_pageMakers.constEnd())
        return nullptr;
    Page *made = (*make)();
    addPage(made);
    emit pageBuilt(made);
    return made;
}

Page *MainWindow::currentPage() const
{
    auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget());
    return scroll ? qobject_cast<Page *>(scroll->widget()) : nullptr;
}

QUrl MainWindow::urlFor(JourneyStep step) const
{
    if (step == JourneyStep::Home)
        return ameli::SimulatedSites::homeUrl();
    QUrl url = ameli::SimulatedSites::loginUrl();
    url.setHost(ameli::SimulatedSites::hostFor(step));
    static const QHash<JourneyStep, QString> labels = {
        {JourneyStep::AccountCreation, QStringLiteral("as_creation_compte")},
        {JourneyStep::ForgottenCode, QStringLiteral("as_code_oublie")},
        {JourneyStep::CodeSent, QStringLiteral("as_code_envoye")},
        {JourneyStep::Conditions, QStringLiteral("as_adhesion_etape1")},
        {JourneyStep::PersonalCode, QStringLiteral("as_adhesion_etape2")},
        {JourneyStep::ContactDetails, QStringLiteral("as_adhesion_etape3")},
        {JourneyStep::ValidationPending, QStringLiteral("as_validation_email")},
        {JourneyStep::LinkExpired, QStringLiteral("as_lien_expire")},
        {JourneyStep::AskNewEmail, QStringLiteral("as_nouvel_email")},
        {JourneyStep::AccountHome, QStringLiteral("as_accueil")},
    };
    if (labels.contains(step))
        url.setQuery(QStringLiteral("_pageLabel=") + labels.value(step));
    return url;
}

void MainWindow::showStep(JourneyStep step, const JourneyResult &arrival, bool record)
{
    Page *target = page(step);
    if (!target)
        return;
    if (record) {
        if (isPublic(step)) {
            m_history = m_history.mid(0, m_historyIndex + 1);
            if (m_history.isEmpty() || m_history.last() != step)
                m_history.append(step);
            m_historyIndex = int(m_history.size()) - 1;
        }
    }
    target->enter(arrival);
    m_stack->setCurrentWidget(m_scrollers.value(step));
    m_address->setText(urlFor(step).toString());
    m_address->setCursorPosition(0);
    const bool browsable = isPublic(step);
    m_back->setEnabled(browsable && m_historyIndex > 0);
    m_forward->setEnabled(browsable && m_historyIndex + 1 < m_history.size());
    if (QWidget *focus = target->firstFocus())
        focus->setFocus(Qt::OtherFocusReason);
    emit pageShown(step);
}

void MainWindow::moveInHistory(int delta)
{
    const int index = m_historyIndex + delta;
    if (index < 0 || index >= m_history.size())
        return;
    m_historyIndex = index;
    showStep(m_history.at(index), {}, false);
}

void MainWindow::go(const JourneyResult &result)
{
    emit resultShown(result);
    // The provisional code always goes to the address on file: the person's own mailbox,
    // which the mailbox window then shows. Other mails go where the person typed, and the
    // mailbox stays where it is: a typo's mail is not in the person's inbox (T1).
    try {
        if (result.step == JourneyStep::CodeSent) {
            if (const auto latest = ameli::MailRepository(m_database).latest())
                m_mailbox->showAddress(latest->recipient);
        } else if (const std::optional<QString> own = ownAddressToShow()) {
            m_mailbox->showAddress(*own);
        } else {
            m_mailbox->refresh();
        }
    } catch (const ameli::StoreError &e) {
        showStoreProblem(e.message());
    }
    if (m_serverWatch && result.problem == ameli::Problem::StoreFailure)
        m_serverWatch->check();
    // "Restored" has been read once an action went through.
    else if (m_serverWatch && result.problem != ameli::Problem::StoreFailure &&
             m_storeNotice->kind() == Notice::Kind::Info)
        m_storeNotice->clear();
    Page *current = currentPage();
    // A store that refused the action: the page stays, with what was typed and the message.
    const bool stay = result.problem == ameli::Problem::StoreFailure && current &&
                      current->step() != JourneyStep::Home;
    if (current && (stay || current->step() == result.step) && !result.ok())
        current->showResult(result);
    else
        showStep(result.step, result, true);
    emit resultDisplayed(result);
}

void MainWindow::setPagesEnabled(bool enabled)
{
    m_stack->setEnabled(enabled);
}

void MainWindow::showStoreProblem(const QString &message)
{
    m_storeNotice->show(Notice::Kind::Error, message);
}

std::optional<QString> MainWindow::ownAddressToShow() const
{
    // Once someone is logged in, a mailbox that shows nobody opens on their own address
    // (the one on file): the first start shows no one's mail, a login shows the person's.
    if (!m_mailbox->address().isEmpty() || !m_journey.session().isOpen())
        return std::nullopt;
    const std::optional<ameli::Person> person =
        ameli::PersonRepository(m_database).findById(m_journey.session().personId);
    if (!person || person->emailOnFile.isEmpty())
        return std::nullopt;
    return person->emailOnFile;
}

void MainWindow::display(JourneyStep step)
{
    showStep(step, {}, false);
}

void MainWindow::follow(ameli::NavigationLink link)
{
    go(m_journey.follow(link));
}

void MainWindow::openLink(const QUrl &url)
{
    // In the kiosk the mailbox lies over the page: the link's page must be seen.
    hideEmbeddedMailbox();
    raise();
    activateWindow();
    m_runner->run([this, url] { return m_journey.openLink(url); },
                  [this](const JourneyResult &r) { go(r); });
}

void MainWindow::restart()
{
    m_journey.logout();
    hideEmbeddedMailbox();
    m_mailbox->hide();
    m_history.clear();
    m_historyIndex = -1;
    m_mailbox->clearAddress();
    updateMailboxButton(m_mailbox->unreadCount());
    showStep(JourneyStep::Home, {}, true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closable) {
        event->ignore();
        return;
    }
    // A kiosk's full screen is not where the next normal start should open.
    if (!isFullScreen()) {
        WindowPlacement::save(*this, QStringLiteral("window"));
        QSettings().setValue(QStringLiteral("window/state"), saveState());
    }
    m_mailbox->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::childEvent(QChildEvent *event)
{
    // ChildPolished: at ChildAdded a dock is still being built and is not a QDockWidget yet.
    if (event->type() == QEvent::ChildPolished) {
        if (auto *dock = qobject_cast<QDockWidget *>(event->child()))
            dock->installEventFilter(this);
    }
    QMainWindow::childEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Now, and once the layout has taken the dock in: the window's minimum grows only then.
    if (watched == m_stack && event->type() == QEvent::Resize && m_mailboxEmbedded)
        placeEmbeddedMailbox();
    if (event->type() == QEvent::Show && qobject_cast<QDockWidget *>(watched)) {
        fitDocksToScreen();
        QTimer::singleShot(0, this, &MainWindow::fitDocksToScreen);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitDocksToScreen()
{
    if (!screen() || isFullScreen())
        return;
    const QRect available = screen()->availableGeometry();
    const int frame = frameGeometry().width() - geometry().width();
    QList<QDockWidget *> docked;
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (dock->isVisible() && !dock->isFloating())
            docked << dock;
    }
    // The page first: docks keep their minimum width, the site gets the rest.
    QList<int> widths;
    for (QDockWidget *dock : std::as_const(docked))
        widths << dock->minimumWidth();
    resizeDocks(docked, widths, Qt::Horizontal);
    if (minimumSizeHint().width() + frame <= available.width()) {
        WindowPlacement::fitToScreen(*this);
        return;
    }
    for (qsizetype i = 1; i < docked.size(); ++i) {
        if (tabifiedDockWidgets(docked.first()).contains(docked.at(i)))
            continue;
        addDockWidget(dockWidgetArea(docked.first()), docked.at(i));
        tabifyDockWidget(docked.first(), docked.at(i));
    }
    WindowPlacement::fitToScreen(*this);
}

void MainWindow::setTrainerPanel(QDockWidget *panel)
{
    addDockWidget(Qt::RightDockWidgetArea, panel);
    // Docked or floating on a second screen, as the trainer left it; shown only when asked.
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    panel->hide();
    m_trainerPanel = panel;
    m_trainerToggle = new QShortcut(QKeySequence(tr("Ctrl+Shift+F")), this);
    connect(m_trainerToggle, &QShortcut::activated, panel,
            [panel] { panel->setVisible(!panel->isVisible()); });
}

void MainWindow::showMailbox()
{
    m_mailbox->refresh();
    if (m_mailboxEmbedded) {
        placeEmbeddedMailbox();
        // The page behind is covered: its controls and their Alt+letters are out of reach.
        m_stack->setEnabled(false);
        m_mailbox->show();
        m_mailbox->raise();
        m_mailbox->mailList()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_mailbox->show();
    m_mailbox->raise();
    m_mailbox->activateWindow();
}

void MainWindow::showUserGuide()
{
    auto *guide = findChild<UserGuideWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide) {
        guide = new UserGuideWindow(this);
        guide->setWindowFlag(Qt::Window);
        guide->open(HelpFiles::userGuide());
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog about(this);
    connect(&about, &AboutDialog::userGuideRequested, this, [this, &about] {
        about.accept();
        showUserGuide();
    });
    about.exec();
}

void MainWindow::lockForKiosk()
{
    // A visitor stays on the journey: no window of the program's own to get lost behind.
    m_helpButton->hide();
    m_guideAction->setEnabled(false);
    if (m_trainerToggle)
        m_trainerToggle->setEnabled(false);
    if (m_trainerPanel) {
        m_trainerPanel->hide();
        m_trainerPanel->setEnabled(false);
        m_trainerPanel->setFeatures(QDockWidget::NoDockWidgetFeatures);
    }
    if (!m_mailboxEmbedded) {
        m_mailboxEmbedded = true;
        m_mailbox->hide();
        m_mailbox->setParent(centralWidget(), Qt::Widget);
        m_mailbox->setEmbedded(true);
        m_mailbox->hide();
        connect(m_mailbox, &MailboxWindow::closeRequested, this, &MainWindow::hideEmbeddedMailbox);
        m_stack->installEventFilter(this);
    }
}

bool MainWindow::trainerShortcutEnabled() const
{
    return m_trainerToggle && m_trainerToggle->isEnabled();
}

void MainWindow::placeEmbeddedMailbox()
{
    m_mailbox->setGeometry(m_stack->geometry());
}

void MainWindow::hideEmbeddedMailbox()
{
    if (!m_mailboxEmbedded || !m_mailbox->isVisible())
        return;
    m_mailbox->hide();
    m_stack->setEnabled(true);
    if (Page *page = currentPage())
        if (QWidget *first = page->firstFocus())
            first->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateMailboxButton(int unread)
{
    const QString count = unread == 1 ? tr("1 non lu") : tr("%1 non lus").arg(unread);
    m_mailboxButton->setText(unread > 0 ? tr("&Messagerie (%1)").arg(count) : tr("&Messagerie"));
    m_mailboxButton->setAccessibleName(unread > 0 ? tr("Messagerie, %1").arg(count)
                                                  : tr("Messagerie"));
}
