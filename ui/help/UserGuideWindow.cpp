#include "UserGuideWindow.h"

#include "HelpFiles.h"
#include "WindowPlacement.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Guide d'utilisation du simulateur"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setAccessibleName(tr("Guide d'utilisation"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser, 1);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("État du guide"));
    m_status->hide();
    layout->addWidget(m_status);
    auto *close = new QPushButton(tr("&Fermer"), this);
    close->setAccessibleName(tr("Fermer"));
    layout->addWidget(close, 0, Qt::AlignRight);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QUrl target = m_browser->source().resolved(url);
        if (target.isLocalFile()) {
            m_status->hide();
            // A page of the guide's folder (docs/*.md) opens here, rendered as the README is.
            m_browser->setSource(target, target.fileName().endsWith(QStringLiteral(".md"))
                                             ? QTextDocument::MarkdownResource
                                             : QTextDocument::UnknownResource);
            return;
        }
        m_status->setText(tr("Ce lien mène à Internet (%1) : le simulateur reste hors ligne et "
                             "ne l'ouvre pas.")
                              .arg(url.toDisplayString()));
        m_status->show();
    });
    WindowPlacement::restore(*this, QStringLiteral("userGuide"), QSize(900, 760));
}

bool UserGuideWindow::open(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_browser->clear();
        m_status->setText(tr("Le guide d'utilisation (README.md) n'est pas sur ce poste. Il est "
                             "cherché dans : %1.")
                              .arg(HelpFiles::searchedFolders().join(QStringLiteral(" ; "))));
        m_status->show();
        return false;
    }
    m_status->hide();
    m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    return true;
}

void UserGuideWindow::hideEvent(QHideEvent *event)
{
    WindowPlacement::save(*this, QStringLiteral("userGuide"));
    QDialog::hideEvent(event);
}
