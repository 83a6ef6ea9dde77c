#pragma once

#include "journey/JourneyResult.h"

#include <QHash>

namespace ameli {
class ServerWatch;
}
#include <QMainWindow>
#include <QUrl>
#include <functional>
#include <optional>

class JourneyRunner;
class MailboxWindow;
class Notice;
class Page;
class QAction;
class QDockWidget;
class QShortcut;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace ameli {
class Database;
class JourneyService;
class SimulationClock;
} // namespace ameli

// The browser-like frame: a training banner, back/forward, the address bar showing which of
// the two sites the page is on (A3), the "Messagerie" button, and the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ameli::JourneyService &journey, const ameli::Database &database,
               const ameli::SimulationClock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the page of the result's step, or the result on the current page.
    void go(const ameli::JourneyResult &result);
    // Shows a step's page as it is, outside the browsing history: a replay shows recorded pages.
    void display(ameli::JourneyStep step);
    void follow(ameli::NavigationLink link);
    void openLink(const QUrl &url);
    void showMailbox();
    // Back to the public home, logged out, mailbox closed: a new scenario or a new visitor.
    void restart();
    // The trainer's panel, docked on the right and toggled with Ctrl+Shift+F.
    void setTrainerPanel(QDockWidget *panel);
    // In demo mode the window cannot be closed but by the trainer's shortcut.
    void setClosable(bool closable) { m_closable = closable; }
    // Demo mode: the trainer's panel and its shortcut are off, and the mailbox opens inside the
    // window (over the page) instead of as a window of its own a visitor could move or close.
    void lockForKiosk();
    bool trainerShortcutEnabled() const;

    // On a screen too narrow for the page and two docks side by side (a laptop at 150 %), the
    // docks share one side as tabs; the window then fits the screen again.
    void fitDocksToScreen();

    // What the store refused outside a journey action (the session's record, the mailbox):
    // said above the page, in French, and left there, the cause being outside the simulator.
    void showStoreProblem(const QString &message);
    Notice *storeNotice() const { return m_storeNotice; }
    // The trainer's pause: the page stays in sight, out of reach (the bands above stay lit).
    void setPagesEnabled(bool enabled);
    // On a classroom's server: the watch that says when the server went away and came back.
    ameli::ServerWatch *serverWatch() const { return m_serverWatch; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void childEvent(QChildEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    Page *currentPage() const;
    // The step's page, built now if it was not yet.
    Page *page(ameli::JourneyStep step);
    MailboxWindow *mailbox() const { return m_mailbox; }
    JourneyRunner *runner() const { return m_runner; }
    QLineEdit *addressBar() const { return m_address; }
    QToolButton *backButton() const { return m_back; }
    QToolButton *forwardButton() const { return m_forward; }
    QPushButton *mailboxButton() const { return m_mailboxButton; }
    // « Aide »: the user guide (F1) and « À propos du simulateur ».
    QToolButton *helpButton() const { return m_helpButton; }
    void showUserGuide();
    void showAbout();

signals:
    // A page built on its first use: whoever watches the window's controls takes it in.
    void pageBuilt(Page *page);
    void pageShown(ameli::JourneyStep step);
    // A result of the model, as it reaches the frame...
    void resultShown(const ameli::JourneyResult &result);
    // ...and once the frame shows it: its page, errors and message are on screen.
    void resultDisplayed(const ameli::JourneyResult &result);

private:
    void addPage(Page *page);
    void buildNextPage();
    void showStep(ameli::JourneyStep step, const ameli::JourneyResult &arrival, bool record);
    void moveInHistory(int delta);
    void updateMailboxButton(int unread);
    QUrl urlFor(ameli::JourneyStep step) const;
    std::optional<QString> ownAddressToShow() const;
    void placeEmbeddedMailbox();
    void hideEmbeddedMailbox();

    ameli::JourneyService &m_journey;
    const ameli::Database &m_database;
    JourneyRunner *m_runner;
    QStackedWidget *m_stack;
    Notice *m_storeNotice;
    ameli::ServerWatch *m_serverWatch = nullptr;
    QHash<ameli::JourneyStep, Page *> m_pages;
    QHash<ameli::JourneyStep, std::function<Page *()>> m_pageMakers;
    QHash<ameli::JourneyStep, QWidget *> m_scrollers;
    QLineEdit *m_address;
    QToolButton *m_back;
    QToolButton *m_forward;
    QPushButton *m_mailboxButton;
    QToolButton *m_helpButton;
    QAction *m_guideAction = nullptr;
    MailboxWindow *m_mailbox;
    QList<ameli::JourneyStep> m_history;
    int m_historyIndex = -1;
    bool m_closable = true;
    QDockWidget *m_trainerPanel = nullptr;
    QShortcut *m_trainerToggle = nullptr;
    bool m_mailboxEmbedded = false;
};
