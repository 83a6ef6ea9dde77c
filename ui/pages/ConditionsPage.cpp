#include "ConditionsPage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "widgets/FlowLayout.h"
#include "widgets/FormField.h"
#include "widgets/LinkButton.h"
#include "widgets/StepHeader.h"
#include "widgets/YesNoChoice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

using ameli::GuideTexts;

ConditionsPage::ConditionsPage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::Conditions, parent)
{
    const GuideTexts::Conditions t = GuideTexts::conditions();
    addTitle(t.title);
    card()->addWidget(new StepHeader(1, this));
    addParagraph(t.intro);
    addParagraph(t.paperless);
    addParagraph(t.mandatoryEmail);
    // The sentence and its link on one line when the window allows it.
    auto *more = new FlowLayout(nullptr, 4);
    more->addWidget(new QLabel(t.moreInfo, this));
    auto *detailsLink = new LinkButton(t.detailedLink + QStringLiteral(" >"), this);
    detailsLink->setAccessibleName(t.detailedLink);
    more->addWidget(detailsLink);
    card()->addLayout(more);
    auto *details = addParagraph(GuideTexts::detailedConditions());
    details->setProperty("explanation", true);
    details->setVisible(false);
    connect(detailsLink, &QPushButton::clicked, details, [detailsLink, details] {
        details->setVisible(!details->isVisible());
        detailsLink->setAccessibleDescription(details->isVisible() ? details->text() : QString());
    });

    m_choice = new YesNoChoice(t.title, t.accept, t.refuse, this);
    auto *choiceField =
        addField(ameli::field::conditions, new FormField(tr("Votre réponse *"), m_choice, this));
    card()->addWidget(choiceField);

    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("&ANNULER"), this);
    m_cancel->setAccessibleName(t.cancel);
    buttons->addWidget(m_cancel);
    m_continue = addPrimaryButton(tr("C&ONTINUER"), buttons);
    m_continue->setAccessibleName(t.proceed);
    buttons->addStretch();
    card()->addLayout(buttons);

    connect(m_continue, &QPushButton::clicked, this, [this] {
        const std::optional<bool> answer = m_choice->value();
        run([this, answer] { return m_context.journey.answerConditions(answer); });
    });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { run([this] { return m_context.journey.cancelActivation(); }); });
}

void ConditionsPage::enter(const ameli::JourneyResult &arrival)
{
    Page::enter(arrival);
    m_choice->clear();
}

QWidget *ConditionsPage::firstFocus() const
{
    return m_choice->yesButton();
}
