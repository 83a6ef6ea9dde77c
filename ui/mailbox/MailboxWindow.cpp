#include "MailboxWindow.h"

#include "store/Database.h"
#include "store/MailRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using ameli::Mail;
using ameli::MailFolder;
using ameli::MailRepository;

MailboxWindow::MailboxWindow(const ameli::Database &database, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_database(database)
    , m_address(new QComboBox(this))
    , m_folders(new QListWidget(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_header(new QLabel(this))
    , m_reader(new QTextBrowser(this))
{
    setWindowTitle(tr("Messagerie (simulée)"));
    setObjectName(QStringLiteral("mailboxWindow"));
    resize(1000, 680);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *addressLabel = new QLabel(tr("&Adresse :"), this);
    addressLabel->setBuddy(m_address);
    m_address->setAccessibleName(tr("Adresse"));
    m_address->setMinimumWidth(320);
    auto *searchLabel = new QLabel(tr("&Rechercher (objet ou expéditeur) :"), this);
    searchLabel->setBuddy(m_search);
    m_search->setAccessibleName(tr("Rechercher (objet ou expéditeur)"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(addressLabel);
    top->addWidget(m_address);
    top->addSpacing(24);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(this);
    m_folders->setAccessibleName(tr("Dossiers"));
    m_folders->addItem(QString());
    m_folders->addItem(QString());
    m_folders->setCurrentRow(0);
    m_folders->setMaximumWidth(240);
    splitter->addWidget(m_folders);

    auto *right = new QSplitter(Qt::Vertical, this);
    m_list->setAccessibleName(tr("Messages"));
    m_list->setHeaderLabels({tr("Expéditeur"), tr("Objet"), tr("Date")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setColumnWidth(0, 210);
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
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_address, &QComboBox::currentIndexChanged, this, [this] { fillList(); });
    connect(m_folders, &QListWidget::currentRowChanged, this, [this] { fillList(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { fillList(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_list->currentIndex().row();
        if (row >= 0)
            openMail(row);
    });
    connect(m_reader, &QTextBrowser::anchorClicked, this, &MailboxWindow::linkActivated);
    refresh();
}

QString MailboxWindow::address() const
{
    return m_address->currentText();
}

MailFolder MailboxWindow::currentFolder() const
{
    return m_folders->currentRow() == 1 ? MailFolder::Spam : MailFolder::Inbox;
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
    m_address->setCurrentIndex(std::max(0, int(addresses.indexOf(current))));
}

void MailboxWindow::showAddress(const QString &address)
{
    fillAddresses(address);
    m_folders->setCurrentRow(0);
    fillList();
}

void MailboxWindow::refresh()
{
    fillAddresses();
    fillList();
}

int MailboxWindow::unreadCount() const
{
    const MailRepository mails(m_database);
    return mails.unreadCount(address(), MailFolder::Inbox) +
           mails.unreadCount(address(), MailFolder::Spam);
}

namespace {

void setBold(QTreeWidgetItem *item, bool bold)
{
    for (int c = 0; c < item->columnCount(); ++c) {
        QFont font = item->font(c);
        font.setBold(bold);
        item->setFont(c, font);
    }
}

} // namespace

QString MailboxWindow::folderLabel() const
{
    return currentFolder() == MailFolder::Spam ? tr("Courrier indésirable")
                                               : tr("Boîte de réception");
}

void MailboxWindow::updateCounts()
{
    const MailRepository mails(m_database);
    const int inbox = mails.unreadCount(address(), MailFolder::Inbox);
    const int spam = mails.unreadCount(address(), MailFolder::Spam);
    m_folders->item(0)->setText(QStringLiteral("%1 (%2)").arg(tr("Boîte de réception")).arg(inbox));
    m_folders->item(1)->setText(
        QStringLiteral("%1 (%2)").arg(tr("Courrier indésirable")).arg(spam));
    emit unreadCountChanged(inbox + spam);
}

void MailboxWindow::fillList()
{
    const MailRepository mails(m_database);
    const QString who = address();
    // T8: a search looks in every folder, as a mail client's search does.
    m_shown = m_search->text().trimmed().isEmpty() ? mails.folder(who, currentFolder())
                                                   : mails.search(who, m_search->text());
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Mail &m : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem(
            m_list, {m.content.sender, m.content.subject,
                     m.sentAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))});
        setBold(item, !m.read);
    }
    m_header->clear();
    m_reader->clear();
    updateCounts();
}

void MailboxWindow::openMail(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    showMail(m_shown.at(row).id);
}

void MailboxWindow::showMail(qint64 id)
{
    const MailRepository mails(m_database);
    const std::optional<Mail> mail = mails.find(id);
    if (!mail)
        return;
    if (!mail->read) {
        mails.markRead(id);
        if (QTreeWidgetItem *item = m_list->currentItem())
            setBold(item, false);
        updateCounts();
    }
    m_header->setText(
        tr("De : %1\nObjet : %2\nDate : %3")
            .arg(mail->content.sender, mail->content.subject,
                 mail->sentAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    m_reader->setHtml(mail->content.htmlBody);
    emit mailOpened(*mail);
}
