#include "MailboxWindow.h"

#include "WindowPlacement.h"
#include "mail/MailThreads.h"
#include "store/Database.h"
#include "store/MailRepository.h"
#include "store/ProviderRuleRepository.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using ameli::Mail;
using ameli::MailFolder;
using ameli::MailReader;
using ameli::MailReading;
using ameli::MailRepository;

namespace {

const QString kThreadsKey = QStringLiteral("mailbox/threads");
constexpr int kIdRole = Qt::UserRole;

void setBold(QTreeWidgetItem *item, bool bold)
{
    for (int c = 0; c < item->columnCount(); ++c) {
        QFont font = item->font(c);
        font.setBold(bold);
        item->setFont(c, font);
    }
}

QString dateOf(const Mail &m)
{
    return m.sentAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

MailboxWindow::MailboxWindow(const ameli::Database &database, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_database(database)
    , m_address(new QComboBox(this))
    , m_readerCombo(new QComboBox(this))
    , m_threadsCheck(new QCheckBox(tr("Regrouper par &conversation"), this))
    , m_folders(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_header(new QLabel(this))
    , m_reader(new QTextBrowser(this))
    , m_backToSite(new QPushButton(tr("Revenir au si&te"), this))
{
    setObjectName(QStringLiteral("mailboxWindow"));
    WindowPlacement::restore(*this, QStringLiteral("mailbox"), QSize(1100, 680));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *addressLabel = new QLabel(tr("&Adresse :"), this);
    addressLabel->setBuddy(m_address);
    m_address->setAccessibleName(tr("Adresse"));
    m_address->setPlaceholderText(tr("Aucune adresse choisie"));
    m_address->setMinimumWidth(320);
    auto *searchLabel = new QLabel(tr("&Rechercher (objet ou expéditeur) :"), this);
    searchLabel->setBuddy(m_search);
    m_search->setAccessibleName(tr("Rechercher (objet ou expéditeur)"));
    m_search->setClearButtonEnabled(true);
    m_backToSite->setAccessibleName(tr("Revenir au site"));
    m_backToSite->setProperty("primary", true);
    m_backToSite->hide();
    connect(m_backToSite, &QPushButton::clicked, this, &MailboxWindow::closeRequested);
    top->addWidget(m_backToSite);
    top->addWidget(addressLabel);
    top->addWidget(m_address);
    top->addSpacing(24);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    layout->addLayout(top);

    auto *second = new QHBoxLayout;
    auto *readerLabel = new QLabel(tr("&Lire avec :"), this);
    readerLabel->setBuddy(m_readerCombo);
    m_readerCombo->setAccessibleName(tr("Lire avec"));
    m_readerCombo->addItem(tr("la messagerie en ligne du fournisseur (navigateur)"),
                           MailReading::key(MailReader::Webmail));
    m_readerCombo->addItem(tr("le logiciel de messagerie de l'ordinateur"),
                           MailReading::key(MailReader::Program));
    m_readerCombo->setToolTip(
        tr("Le même courrier, lu dans le navigateur ou dans un logiciel installé (Outlook, le "
           "logiciel du fournisseur) : certains logiciels bloquent les liens (T4)."));
    m_threadsCheck->setAccessibleName(tr("Regrouper par conversation"));
    m_threadsCheck->setToolTip(
        tr("Les messages de même objet forment un fil de discussion, le plus récent en tête."));
    m_threadsCheck->setChecked(QSettings().value(kThreadsKey, true).toBool());
    second->addWidget(readerLabel);
    second->addWidget(m_readerCombo);
    second->addSpacing(24);
    second->addWidget(m_threadsCheck);
    second->addStretch();
    layout->addLayout(second);

    auto *splitter = new QSplitter(this);
    m_folders->setAccessibleName(tr("Dossiers"));
    m_folders->addItem(QString());
    m_folders->addItem(QString());
    m_folders->setCurrentRow(0);
    splitter->addWidget(m_folders);

    auto *right = new QSplitter(Qt::Vertical, this);
    m_list->setAccessibleName(tr("Messages"));
    m_list->setHeaderLabels({tr("Expéditeur"), tr("Objet"), tr("Date")});
    m_list->setUniformRowHeights(true);
    // A long subject loses its middle, never its end ("… adresse mail"); the tooltip has it all.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(0, 240);
    right->addWidget(m_list);
    auto *readerBox = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerBox);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    readerLayout->addWidget(m_header);
    m_reader->setOpenLinks(false);
    m_reader->setAccessibleName(tr("Contenu du message"));
    // Links are reachable with Tab and opened with Enter, not only with the mouse.
    m_reader->setTextInteractionFlags(Qt::TextBrowserInteraction);
    readerLayout->addWidget(m_reader, 1);
    right->addWidget(readerBox);
    right->setStretchFactor(1, 3);
    splitter->addWidget(right);
    // The folders keep their width; the list and the reading pane take what the window gains.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 900});
    layout->addWidget(splitter, 1);

    connect(m_address, &QComboBox::currentIndexChanged, this, [this] { fillList(); });
    connect(m_folders, &QListWidget::currentRowChanged, this, [this] { fillList(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { fillList(); });
    // Enter in the search reads the first mail found.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (QTreeWidgetItem *first = m_list->topLevelItem(0)) {
            m_list->setFocus(Qt::OtherFocusReason);
            m_list->setCurrentItem(first);
            openItem(first);
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { openItem(current); });
    // A click on the row already selected (a search's first result) opens it too.
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { openItem(item); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openItem(item); });
    connect(m_readerCombo, &QComboBox::activated, this, [this] {
        updateTitle();
        renderOpenMail();
        emit mailReaderChosen(mailReader());
    });
    connect(m_threadsCheck, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kThreadsKey, on);
        fillList();
    });
    connect(m_reader, &QTextBrowser::anchorClicked, this, &MailboxWindow::linkActivated);
    updateTitle();
    refresh();
}

void MailboxWindow::hideEvent(QHideEvent *event)
{
    if (isWindow())
        WindowPlacement::save(*this, QStringLiteral("mailbox"));
    QWidget::hideEvent(event);
}

void MailboxWindow::setEmbedded(bool embedded)
{
    m_backToSite->setVisible(embedded);
    setAutoFillBackground(embedded);
}

QString MailboxWindow::address() const
{
    return m_address->currentIndex() < 0 ? QString() : m_address->currentText();
}

MailFolder MailboxWindow::currentFolder() const
{
    return m_folders->currentRow() == 1 ? MailFolder::Spam : MailFolder::Inbox;
}

MailReader MailboxWindow::mailReader() const
{
    return MailReading::fromKey(m_readerCombo->currentData().toString())
        .value_or(MailReader::Webmail);
}

void MailboxWindow::setMailReader(MailReader reader)
{
    m_readerCombo->setCurrentIndex(reader == MailReader::Program ? 1 : 0);
    updateTitle();
    renderOpenMail();
}

QString MailboxWindow::readerLabel() const
{
    return mailReader() == MailReader::Program ? tr("Logiciel de messagerie")
                                               : tr("Messagerie en ligne");
}

bool MailboxWindow::threaded() const
{
    return m_threadsCheck->isChecked();
}

void MailboxWindow::setThreaded(bool on)
{
    m_threadsCheck->setChecked(on);
}

void MailboxWindow::updateTitle()
{
    setWindowTitle(tr("Messagerie (simulée) : %1").arg(readerLabel()));
}

void MailboxWindow::fillAddresses(const QString &wanted)
{
    const QString current = wanted.isEmpty() ? address() : wanted.toLower();
    QStringList addresses;
    try {
        // Only the addresses that received mail: a cohort of 100,000 persons must not make
        // every refresh read them all.
        addresses = MailRepository(m_database).addresses();
    } catch (const ameli::StoreError &) {
        return;
    }
    if (!current.isEmpty() && !addresses.contains(current))
        addresses << current;
    addresses.sort();
    const QSignalBlocker block(m_address);
    m_address->clear();
    m_address->addItems(addresses);
    // No address yet: none is chosen for the person (another persona's inbox is not theirs).
    m_address->setCurrentIndex(current.isEmpty() ? -1 : int(addresses.indexOf(current)));
}

void MailboxWindow::showAddress(const QString &address)
{
    fillAddresses(address);
    m_folders->setCurrentRow(0);
    fillList();
}

void MailboxWindow::clearAddress()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockFolders(m_folders);
        m_search->clear();
        m_folders->setCurrentRow(0);
    }
    {
        const QSignalBlocker block(m_address);
        m_address->setCurrentIndex(-1);
    }
    setMailReader(MailReader::Webmail);
    refresh();
}

void MailboxWindow::refresh()
{
    fillAddresses();
    fillList();
}

int MailboxWindow::unreadCount() const
{
    if (address().isEmpty())
        return 0;
    const MailRepository mails(m_database);
    return mails.unreadCount(address(), MailFolder::Inbox) +
           mails.unreadCount(address(), MailFolder::Spam);
}

QString MailboxWindow::folderLabel() const
{
    return currentFolder() == MailFolder::Spam ? tr("Courriels indésirables/spams")
                                               : tr("Boîte de réception");
}

void MailboxWindow::updateCounts()
{
    const MailRepository mails(m_database);
    const QString who = address();
    const int inbox = who.isEmpty() ? 0 : mails.unreadCount(who, MailFolder::Inbox);
    const int spam = who.isEmpty() ? 0 : mails.unreadCount(who, MailFolder::Spam);
    m_folders->item(0)->setText(QStringLiteral("%1 (%2)").arg(tr("Boîte de réception")).arg(inbox));
    m_folders->item(1)->setText(
        QStringLiteral("%1 (%2)").arg(tr("Courriels indésirables/spams")).arg(spam));
    emit unreadCountChanged(inbox + spam);
}

QTreeWidgetItem *MailboxWindow::addItem(QTreeWidgetItem *parent, const Mail &mail, int inThread)
{
    const QString sender = inThread > 1
                               ? QStringLiteral("%1 (%2)").arg(mail.content.sender).arg(inThread)
                               : mail.content.sender;
    const QStringList columns{sender, mail.content.subject, dateOf(mail)};
    auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(columns);
    if (!parent)
        m_list->addTopLevelItem(item);
    item->setData(0, kIdRole, mail.id);
    item->setToolTip(0, mail.content.sender);
    item->setToolTip(1, mail.content.subject);
    if (inThread > 1)
        item->setToolTip(
            0,
            tr("%1 : conversation de %n message(s)", nullptr, inThread).arg(mail.content.sender));
    setBold(item, !mail.read);
    return item;
}

void MailboxWindow::fillList()
{
    const QString who = address();
    const QString words = m_search->text().trimmed();
    if (who.isEmpty()) {
        m_shown.clear();
    } else {
        const MailRepository mails(m_database);
        // T8: a search looks in every folder, as a mail client's search does.
        m_shown = words.isEmpty() ? mails.folder(who, currentFolder()) : mails.search(who, words);
    }
    const QSignalBlocker block(m_list);
    const qint64 wasOpen = m_openId;
    m_list->clear();
    m_openId = 0;
    m_list->setRootIsDecorated(threaded());
    if (threaded()) {
        for (const ameli::MailThread &thread : ameli::MailThreads::group(m_shown)) {
            QTreeWidgetItem *top = addItem(nullptr, thread.newest(), int(thread.mails.size()));
            setBold(top, thread.hasUnread());
            for (qsizetype i = 1; i < thread.mails.size(); ++i)
                addItem(top, thread.mails.at(i), 0);
        }
    } else {
        for (const Mail &m : std::as_const(m_shown))
            addItem(nullptr, m, 0);
    }
    m_header->clear();
    m_reader->clear();
    if (who.isEmpty())
        m_reader->setPlaceholderText(
            tr("Aucune adresse choisie : choisissez celle de la personne dans la liste "
               "« Adresse »."));
    else if (!words.isEmpty() && m_shown.isEmpty())
        m_reader->setPlaceholderText(tr("Aucun message ne correspond à « %1 ».").arg(words));
    else
        m_reader->setPlaceholderText(tr("Choisissez un message dans la liste pour le lire."));
    // The mail being read stays open when the list is drawn again (a link followed, a new
    // mail arrived); otherwise a search selects what it found first, one Enter from reading.
    if (QTreeWidgetItem *open = itemOf(wasOpen)) {
        if (open->parent())
            open->parent()->setExpanded(true);
        m_list->setCurrentItem(open);
        m_openId = wasOpen;
        renderOpenMail();
    } else if (!words.isEmpty() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateCounts();
}

QTreeWidgetItem *MailboxWindow::itemOf(qint64 id) const
{
    if (id == 0)
        return nullptr;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if ((*it)->data(0, kIdRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

void MailboxWindow::openMail(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(0);
    for (int i = 0; item && i < row; ++i)
        item = m_list->itemBelow(item);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    openItem(item);
}

void MailboxWindow::openItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    if (id == 0 || id == m_openId)
        return;
    showMail(id);
}

void MailboxWindow::showMail(qint64 id)
{
    const MailRepository mails(m_database);
    const std::optional<Mail> mail = mails.find(id);
    if (!mail)
        return;
    m_openId = id;
    if (!mail->read) {
        mails.markRead(id);
        for (Mail &m : m_shown) {
            if (m.id == id)
                m.read = true;
        }
        if (QTreeWidgetItem *item = m_list->currentItem()) {
            setBold(item, false);
            // A conversation stays bold while one of its older mails is unread.
            QTreeWidgetItem *top = item->parent() ? item->parent() : item;
            bool unread = false;
            for (const Mail &m : std::as_const(m_shown)) {
                const qint64 topId = top->data(0, kIdRole).toLongLong();
                if (m.read)
                    continue;
                if (m.id == topId)
                    unread = true;
                for (int c = 0; c < top->childCount(); ++c)
                    unread = unread || top->child(c)->data(0, kIdRole).toLongLong() == m.id;
            }
            setBold(top, unread);
        }
        updateCounts();
    }
    render(*mail);
    emit mailOpened(*mail);
}

void MailboxWindow::render(const Mail &mail)
{
    m_header->setText(tr("De : %1\nObjet : %2\nDate : %3")
                          .arg(mail.content.sender, mail.content.subject, dateOf(mail)));
    m_reader->setHtml(MailReading::htmlAsRead(
        mail, mailReader(), ameli::ProviderRuleRepository(m_database).rulesFor(mail.recipient)));
}

void MailboxWindow::renderOpenMail()
{
    if (m_openId == 0)
        return;
    if (const std::optional<Mail> mail = MailRepository(m_database).find(m_openId))
        render(*mail);
}
