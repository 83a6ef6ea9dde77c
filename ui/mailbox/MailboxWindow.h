#pragma once

#include "mail/Mail.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTreeWidget;

namespace ameli {
class Database;
}

// "Messagerie": the simulated person's mailbox (F5, V2, T1-T8). Inbox and spam folders with
// unread counts, search by subject or sender, and a reading pane whose links open in the
// simulator's frame.
class MailboxWindow : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxWindow(const ameli::Database &database, QWidget *parent = nullptr);

    QString address() const;
    void showAddress(const QString &address);
    void refresh();

    QComboBox *addressCombo() const { return m_address; }
    QListWidget *folderList() const { return m_folders; }
    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *mailList() const { return m_list; }
    QTextBrowser *reader() const { return m_reader; }
    // Unread mails in the inbox and the spam folder of the shown address.
    int unreadCount() const;
    void openMail(int row);
    // The folder shown, named as the list names it, without its count.
    QString folderLabel() const;

signals:
    void linkActivated(const QUrl &url);
    void mailOpened(const ameli::Mail &mail);
    void unreadCountChanged(int count);

private:
    ameli::MailFolder currentFolder() const;
    void fillAddresses(const QString &wanted = {});
    void fillList();
    // The unread counts beside the folders, and for the frame's Messagerie button.
    void updateCounts();
    void showMail(qint64 id);

    const ameli::Database &m_database;
    QComboBox *m_address;
    QListWidget *m_folders;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QLabel *m_header;
    QTextBrowser *m_reader;
    QList<ameli::Mail> m_shown;
};
