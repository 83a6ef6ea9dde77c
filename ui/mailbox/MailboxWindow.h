#pragma once

#include "mail/Mail.h"
#include "mail/MailReading.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace ameli {
class Database;
}

// "Messagerie": the simulated person's mailbox (F5, V2, T1-T8). Inbox and spam folders with
// unread counts, search by subject or sender, conversations (T8) that can be switched off, a
// choice of reader (the provider's webmail or a mail program, T4) and a reading pane whose
// links open in the simulator's frame. It opens on no address until the journey or a scenario
// gives it one: a visitor never lands on another person's mail.
class MailboxWindow : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxWindow(const ameli::Database &database, QWidget *parent = nullptr);

    QString address() const;
    void showAddress(const QString &address);
    // Back to no address, no search, the inbox: what the next visitor finds.
    void clearAddress();
    void refresh();
    // Inside another window (the kiosk's frame): a button brings the site back.
    void setEmbedded(bool embedded);
    QPushButton *backToSiteButton() const { return m_backToSite; }

    ameli::MailReader mailReader() const;
    void setMailReader(ameli::MailReader reader);
    bool threaded() const;
    void setThreaded(bool on);

    QComboBox *addressCombo() const { return m_address; }
    QComboBox *readerCombo() const { return m_readerCombo; }
    QCheckBox *threadsCheck() const { return m_threadsCheck; }
    QListWidget *folderList() const { return m_folders; }
    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *mailList() const { return m_list; }
    QTextBrowser *reader() const { return m_reader; }
    // Unread mails in the inbox and the spam folder of the shown address.
    int unreadCount() const;
    // The mails the list holds now (every mail of a conversation counts).
    int shownCount() const { return int(m_shown.size()); }
    // Opens the mail shown at `row` of the list as it is drawn (conversations counted once
    // unless unfolded).
    void openMail(int row);
    // The folder shown, named as the list names it, without its count.
    QString folderLabel() const;
    // The reader shown, named as the choice names it.
    QString readerLabel() const;

protected:
    void hideEvent(QHideEvent *event) override;

signals:
    void linkActivated(const QUrl &url);
    void mailOpened(const ameli::Mail &mail);
    void unreadCountChanged(int count);
    // The person chose another reader (not a scenario setting it).
    void mailReaderChosen(ameli::MailReader reader);
    // Embedded, the person asked to see the site again.
    void closeRequested();

private:
    ameli::MailFolder currentFolder() const;
    void fillAddresses(const QString &wanted = {});
    void fillList();
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const ameli::Mail &mail, int inThread);
    // The unread counts beside the folders, and for the frame's Messagerie button.
    void updateCounts();
    void openItem(QTreeWidgetItem *item);
    QTreeWidgetItem *itemOf(qint64 id) const;
    void showMail(qint64 id);
    void render(const ameli::Mail &mail);
    // The mail being read, drawn again as the reader now chosen shows it.
    void renderOpenMail();
    void updateTitle();

    const ameli::Database &m_database;
    QComboBox *m_address;
    QComboBox *m_readerCombo;
    QCheckBox *m_threadsCheck;
    QListWidget *m_folders;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QLabel *m_header;
    QTextBrowser *m_reader;
    QPushButton *m_backToSite;
    QList<ameli::Mail> m_shown;
    qint64 m_openId = 0;
};
