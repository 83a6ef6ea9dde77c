#include "LinkExpiredPage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "widgets/FormField.h"

#include <QButtonGroup>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace field = ameli::field;
using ameli::JourneyStep;

LinkExpiredPage::LinkExpiredPage(const PageContext &context, JourneyStep step, QWidget *parent)
    : Page(context, step, parent)
    , m_email(new QLineEdit)
    , m_confirmation(new QLineEdit)
{
    const auto t = ameli::GuideTexts::contactDetails();
    const bool forgotten = step == JourneyStep::AskNewEmail;
    addTitle(forgotten ? tr("Saisissez une adresse email") : tr("Le lien n'est plus actif"));
    if (!forgotten) {
        auto *group = new QButtonGroup(this);
        m_same = new QRadioButton(tr("Me renvoyer le lien à la même adresse email"), this);
        m_other = new QRadioButton(tr("Me renvoyer le lien à une adresse email différente"), this);
        for (QRadioButton *b : {m_same, m_other}) {
            b->setAccessibleName(b->text());
            group->addButton(b);
            card()->addWidget(b);
        }
        m_same->setChecked(true);
        connect(group, &QButtonGroup::buttonClicked, this, &LinkExpiredPage::updateFields);
    }
    card()->addWidget(addField(field::email, new FormField(t.email, m_email, this)));
    card()->addWidget(addField(field::emailConfirmation,
                               new FormField(t.emailConfirmation, m_confirmation, this)));
    m_send = addPrimaryButton(tr("&ENVOYER LE LIEN"));
    connect(m_send, &QPushButton::clicked, this, [this] {
        const QString email = m_email->text();
        const QString confirmation = m_confirmation->text();
        if (m_same && m_same->isChecked())
            run([this] { return m_context.journey.resendLinkToSameAddress(); });
        else
            run([this, email, confirmation] {
                return m_context.journey.resendLinkTo(email, confirmation);
            });
    });
}

void LinkExpiredPage::enter(const ameli::JourneyResult &arrival)
{
    Page::enter(arrival);
    m_email->clear();
    m_confirmation->clear();
    if (m_same)
        m_same->setChecked(true);
    updateFields();
}

void LinkExpiredPage::updateFields()
{
    const bool typing = !m_same || m_other->isChecked();
    field(field::email)->setVisible(typing);
    field(field::emailConfirmation)->setVisible(typing);
}

QWidget *LinkExpiredPage::firstFocus() const
{
    return m_same ? static_cast<QWidget *>(m_same) : m_email;
}
