#include "ValidationPendingPage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "widgets/FormField.h"
#include "widgets/LinkButton.h"
#include "widgets/Notice.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace field = ameli::field;

ValidationPendingPage::ValidationPendingPage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::ValidationPending, parent)
    , m_notReceived(new QWidget(this))
    , m_otherForm(new QWidget(this))
    , m_email(new QLineEdit)
    , m_confirmation(new QLineEdit)
{
    const auto t = ameli::GuideTexts::validationPending();
    addTitle(t.title);
    addParagraph(t.text);
    m_mailbox = addPrimaryButton(tr("&Ouvrir la messagerie"));
    connect(m_mailbox, &QPushButton::clicked, this, &Page::mailboxRequested);

    // T3: only for a person logged in again, who can be given the link elsewhere.
    auto *notReceived = new QVBoxLayout(m_notReceived);
    notReceived->setContentsMargins(0, 12, 0, 0);
    auto *question = new QLabel(tr("Vous n'avez pas reçu le mail ? Regardez aussi dans le dossier "
                                   "des courriels indésirables, ou recevez le lien à une autre "
                                   "adresse email."),
                                m_notReceived);
    question->setWordWrap(true);
    notReceived->addWidget(question);
    m_otherAddress =
        new LinkButton(tr("Recevoir le lien à une autre adresse email"), m_notReceived);
    notReceived->addWidget(m_otherAddress, 0, Qt::AlignLeft);
    auto *form = new QVBoxLayout(m_otherForm);
    form->setContentsMargins(0, 0, 0, 0);
    const auto c = ameli::GuideTexts::contactDetails();
    m_email->setMaxLength(254);
    m_confirmation->setMaxLength(254);
    form->addWidget(addField(field::email, new FormField(c.email, m_email, m_otherForm)));
    form->addWidget(addField(field::emailConfirmation,
                             new FormField(c.emailConfirmation, m_confirmation, m_otherForm)));
    m_send = new QPushButton(tr("&ENVOYER LE LIEN"), m_otherForm);
    m_send->setProperty("primary", true);
    m_send->setAccessibleName(tr("ENVOYER LE LIEN"));
    form->addWidget(m_send, 0, Qt::AlignLeft);
    notReceived->addWidget(m_otherForm);
    card()->addWidget(m_notReceived);

    connect(m_otherAddress, &QPushButton::clicked, this, [this] {
        showOtherAddress(true);
        m_email->setFocus(Qt::OtherFocusReason);
    });
    const auto send = [this] {
        const QString email = m_email->text();
        const QString confirmation = m_confirmation->text();
        run([this, email, confirmation] {
            return m_context.journey.resendLinkTo(email, confirmation);
        });
    };
    connect(m_send, &QPushButton::clicked, this, send);
    connect(m_confirmation, &QLineEdit::returnPressed, this, send);
}

void ValidationPendingPage::showOtherAddress(bool shown)
{
    m_otherForm->setVisible(shown);
    m_otherAddress->setVisible(!shown);
}

void ValidationPendingPage::enter(const ameli::JourneyResult &arrival)
{
    // The page's text is the guide's; another arrival message (a link sent again) adds to it.
    Page::enter({});
    if (arrival.message != ameli::GuideTexts::validationPending().text)
        notice()->show(Notice::Kind::Success, arrival.message);
    m_email->clear();
    m_confirmation->clear();
    m_notReceived->setVisible(m_context.journey.session().purpose ==
                              ameli::Session::Purpose::ResendLink);
    showOtherAddress(false);
}

QWidget *ValidationPendingPage::firstFocus() const
{
    return m_mailbox;
}
