#include "ContactDetailsPage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "rules/PhoneNumberValidator.h"
#include "widgets/FormField.h"
#include "widgets/StepHeader.h"
#include "widgets/YesNoChoice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using ameli::GuideTexts;
namespace field = ameli::field;

ContactDetailsPage::ContactDetailsPage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::ContactDetails, parent)
    , m_email(new QLineEdit)
    , m_confirmation(new QLineEdit)
    , m_mobile(new QLineEdit)
    , m_landline(new QLineEdit)
{
    const GuideTexts::ContactDetails t = GuideTexts::contactDetails();
    addTitle(t.title);
    card()->addWidget(new StepHeader(3, this));
    auto *emailSection = addParagraph(t.emailSection);
    emailSection->setProperty("sectionTitle", true);
    addParagraph(GuideTexts::personalCode().mandatoryNote);
    for (QLineEdit *e : {m_email, m_confirmation}) {
        e->setMaxLength(254);
        e->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    }
    card()->addWidget(addField(field::email, new FormField(t.email, m_email, this)));
    card()->addWidget(addField(field::emailConfirmation,
                               new FormField(t.emailConfirmation, m_confirmation, this)));
    m_emailPromo = new YesNoChoice(t.emailPromo, t.yes, t.no);
    card()->addWidget(new FormField(t.emailPromo, m_emailPromo, this));

    auto *phoneSection = addParagraph(t.phoneSection);
    phoneSection->setProperty("sectionTitle", true);
    m_mobile->setPlaceholderText(tr("06 12 34 56 78"));
    // A phone number is short: the field says so before the parser has to.
    for (QLineEdit *e : {m_mobile, m_landline})
        e->setMaxLength(ameli::PhoneNumberValidator::kMaxLength);
    m_mobile->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    card()->addWidget(addField(field::mobile, new FormField(t.mobile, m_mobile, this)));
    addParagraph(t.phonePromo);
    m_mobileCalls = new YesNoChoice(t.phonePromo + QLatin1Char(' ') + t.byPhone, t.yes, t.no);
    card()->addWidget(new FormField(t.byPhone, m_mobileCalls, this));
    m_sms = new YesNoChoice(t.phonePromo + QLatin1Char(' ') + t.bySms, t.yes, t.no);
    card()->addWidget(new FormField(t.bySms, m_sms, this));

    m_landline->setPlaceholderText(tr("01 23 45 67 89"));
    m_landline->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    card()->addWidget(addField(field::landline, new FormField(t.landline, m_landline, this)));
    addParagraph(t.phonePromo);
    m_landlineCalls = new YesNoChoice(t.phonePromo + QLatin1Char(' ') + t.byPhone, t.yes, t.no);
    card()->addWidget(new FormField(t.byPhone, m_landlineCalls, this));

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("&ANNULER"), this);
    cancel->setAccessibleName(tr("ANNULER"));
    buttons->addWidget(cancel);
    m_submit = addPrimaryButton(tr("&VALIDER"), buttons);
    buttons->addStretch();
    card()->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &ContactDetailsPage::submit);
    // Enter submits from any field, as on the other pages.
    for (QLineEdit *e : {m_email, m_confirmation, m_mobile, m_landline})
        connect(e, &QLineEdit::returnPressed, this, &ContactDetailsPage::submit);
    connect(cancel, &QPushButton::clicked, this,
            [this] { run([this] { return m_context.journey.cancelActivation(); }); });
}

void ContactDetailsPage::enter(const ameli::JourneyResult &arrival)
{
    Page::enter(arrival);
    for (QLineEdit *e : {m_email, m_confirmation, m_mobile, m_landline})
        e->clear();
    for (YesNoChoice *c : {m_emailPromo, m_mobileCalls, m_sms, m_landlineCalls})
        c->clear();
}

void ContactDetailsPage::submit()
{
    ameli::ContactDetails d;
    d.email = m_email->text();
    d.emailConfirmation = m_confirmation->text();
    d.promotionalEmails = m_emailPromo->value();
    d.mobile = m_mobile->text();
    d.mobileCalls = m_mobileCalls->value();
    d.sms = m_sms->value();
    d.landline = m_landline->text();
    d.landlineCalls = m_landlineCalls->value();
    run([this, d] { return m_context.journey.giveContactDetails(d); });
}
