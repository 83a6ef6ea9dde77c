#include "CodeSentPage.h"

#include "widgets/FlowLayout.h"
#include "widgets/Notice.h"

#include <QHBoxLayout>
#include <QPushButton>

CodeSentPage::CodeSentPage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::CodeSent, parent)
{
    addTitle(tr("Votre code provisoire a été envoyé"));
    addParagraph(tr("Consultez votre messagerie : le mail « Votre compte ameli » contient votre "
                    "code provisoire à 4 chiffres. Saisissez-le ensuite, avec votre numéro de "
                    "sécurité sociale, sur la page de connexion."));
    // Side by side, or one under the other on a narrow window.
    auto *buttons = new FlowLayout;
    m_mailbox = addPrimaryButton(tr("&Ouvrir la messagerie"), buttons);
    auto *login = new QPushButton(tr("Aller à la page de &connexion"), this);
    login->setAccessibleName(tr("Aller à la page de connexion"));
    buttons->addWidget(login);
    card()->addLayout(buttons);
    connect(m_mailbox, &QPushButton::clicked, this, &Page::mailboxRequested);
    connect(login, &QPushButton::clicked, this,
            [this] { emit navigate(ameli::NavigationLink::ConnectYourself); });
}

void CodeSentPage::enter(const ameli::JourneyResult &arrival)
{
    Page::enter(arrival);
    notice()->show(Notice::Kind::Success, arrival.message);
}

QWidget *CodeSentPage::firstFocus() const
{
    return m_mailbox;
}
