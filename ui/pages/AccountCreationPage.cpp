#include "AccountCreationPage.h"

#include "journey/GuideTexts.h"

#include <QPushButton>

AccountCreationPage::AccountCreationPage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::AccountCreation, parent)
{
    addTitle(tr("Créer un compte ameli"));
    addParagraph(ameli::GuideTexts::accountCreationOutsideSimulation());
    m_back = addPrimaryButton(tr("&Aller à la page de connexion"));
    connect(m_back, &QPushButton::clicked, this,
            [this] { emit navigate(ameli::NavigationLink::ConnectYourself); });
}

QWidget *AccountCreationPage::firstFocus() const
{
    return m_back;
}

void AccountCreationPage::enter(const ameli::JourneyResult &)
{
    // The page's own text already says what the arrival's message says.
    Page::enter({});
}
