#include "ValidationPendingPage.h"

#include "journey/GuideTexts.h"
#include "widgets/Notice.h"

#include <QPushButton>

ValidationPendingPage::ValidationPendingPage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::ValidationPending, parent)
{
    const auto t = ameli::GuideTexts::validationPending();
    addTitle(t.title);
    addParagraph(t.text);
    addParagraph(tr("Le lien « Confirmer mon email » est valable 7 jours."));
    m_mailbox = addPrimaryButton(tr("&Ouvrir la messagerie"));
    connect(m_mailbox, &QPushButton::clicked, this, &Page::mailboxRequested);
}

void ValidationPendingPage::enter(const ameli::JourneyResult &arrival)
{
    // The page's text is the guide's; another arrival message (a link sent again) adds to it.
    Page::enter({});
    if (arrival.message != ameli::GuideTexts::validationPending().text)
        notice()->show(Notice::Kind::Success, arrival.message);
}

QWidget *ValidationPendingPage::firstFocus() const
{
    return m_mailbox;
}
