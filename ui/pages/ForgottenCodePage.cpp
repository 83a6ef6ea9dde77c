#include "ForgottenCodePage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "widgets/CaptchaBox.h"
#include "widgets/FormField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using ameli::GuideTexts;
namespace field = ameli::field;

ForgottenCodePage::ForgottenCodePage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::ForgottenCode, parent)
    , m_nir(new QLineEdit)
    , m_birth(new QLineEdit)
{
    const GuideTexts::ForgottenCode t = GuideTexts::forgottenCode();
    addTitle(t.title);
    addParagraph(tr("Pour recevoir un code provisoire à 4 chiffres par email, renseignez votre "
                    "numéro de sécurité sociale et votre date de naissance."));
    m_nir->setMaxLength(21);
    auto *nirField = addField(field::nir, new FormField(t.nirLabel, m_nir, this));
    nirField->setRequired(true);
    card()->addWidget(nirField);
    m_birth->setPlaceholderText(tr("JJ/MM/AAAA"));
    m_birth->setMaxLength(10);
    auto *birthField = addField(field::birthDate, new FormField(t.birthDateLabel, m_birth, this));
    birthField->setRequired(true);
    card()->addWidget(birthField);

    m_captcha = new CaptchaBox(context.journey.captcha(), context.clock, this);
    addField(field::captcha, m_captcha->field());
    card()->addWidget(m_captcha);

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("&ANNULER"), this);
    cancel->setAccessibleName(tr("ANNULER"));
    buttons->addWidget(cancel);
    m_submit = addPrimaryButton(tr("&VALIDER"), buttons);
    m_submit->setAccessibleName(t.submit);
    buttons->addStretch();
    card()->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &ForgottenCodePage::submit);
    for (QLineEdit *edit : {m_nir, m_birth, m_captcha->answerEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &ForgottenCodePage::submit);
    connect(cancel, &QPushButton::clicked, this,
            [this] { emit navigate(ameli::NavigationLink::ConnectYourself); });
}

void ForgottenCodePage::enter(const ameli::JourneyResult &arrival)
{
    Page::enter(arrival);
    m_captcha->showCurrent();
}

void ForgottenCodePage::showResult(const ameli::JourneyResult &result)
{
    // After a wrong or late answer the model already holds a new challenge (F3, F4).
    m_captcha->showCurrent();
    Page::showResult(result);
}

void ForgottenCodePage::submit()
{
    const QString nir = m_nir->text();
    const QString birth = m_birth->text();
    const QString answer = m_captcha->answerEdit()->text();
    run([this, nir, birth, answer] {
        return m_context.journey.requestProvisionalCode(nir, birth, answer);
    });
}
