#include "PersonalCodePage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "widgets/FormField.h"
#include "widgets/PasswordField.h"
#include "widgets/RuleChecklist.h"
#include "widgets/StepHeader.h"
#include "widgets/StrengthMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using ameli::GuideTexts;
using ameli::PersonalCodePolicy;
namespace field = ameli::field;

PersonalCodePage::PersonalCodePage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::PersonalCode, parent)
    , m_code(new PasswordField)
    , m_confirm(new PasswordField)
{
    const GuideTexts::PersonalCode t = GuideTexts::personalCode();
    addTitle(t.title);
    m_stepHeader = new StepHeader(2, this);
    card()->addWidget(m_stepHeader);
    addParagraph(t.advice);
    auto *must = addParagraph(t.mustTitle);
    must->setProperty("sectionTitle", true);
    m_rules = new RuleChecklist(this);
    card()->addWidget(m_rules);
    m_allowed = addParagraph(QString());
    m_allowed->setProperty("explanation", true);
    m_allowed->setVisible(false);
    addParagraph(t.mandatoryNote);

    card()->addWidget(addField(field::newCode, new FormField(t.newCode, m_code, this)));
    m_code->lineEdit()->setAccessibleName(t.newCode);
    auto *strengthLabel = new QLabel(t.strength, this);
    card()->addWidget(strengthLabel);
    m_meter = new StrengthMeter(this);
    card()->addWidget(m_meter);
    card()->addWidget(addField(field::confirmCode, new FormField(t.confirmCode, m_confirm, this)));
    m_confirm->lineEdit()->setAccessibleName(t.confirmCode);

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("&ANNULER"), this);
    cancel->setAccessibleName(tr("ANNULER"));
    buttons->addWidget(cancel);
    m_continue = addPrimaryButton(tr("C&ONTINUER"), buttons);
    buttons->addStretch();
    card()->addLayout(buttons);

    connect(m_code, &PasswordField::textChanged, this, &PersonalCodePage::refresh);
    connect(m_confirm, &PasswordField::textChanged, this, &PersonalCodePage::refresh);
    connect(m_rules, &RuleChecklist::latinLettersRequested, this, [this] {
        m_allowed->setText(
            tr("Caractères latins autorisés : %1").arg(PersonalCodePolicy::allowedLatinLetters()));
        m_allowed->setVisible(true);
    });
    connect(m_rules, &RuleChecklist::specialCharactersRequested, this, [this] {
        QStringList chars;
        for (QChar c : PersonalCodePolicy::allowedSpecialCharacters())
            chars << QString(c);
        m_allowed->setText(tr("Caractères spéciaux autorisés : %1").arg(chars.join(u' ')));
        m_allowed->setVisible(true);
    });
    const auto submit = [this] {
        const QString code = m_code->text();
        const QString confirmation = m_confirm->text();
        run([this, code, confirmation] {
            return m_context.journey.choosePersonalCode(code, confirmation);
        });
    };
    connect(m_continue, &QPushButton::clicked, this, submit);
    connect(m_confirm->lineEdit(), &QLineEdit::returnPressed, this, submit);
    connect(cancel, &QPushButton::clicked, this,
            [this] { run([this] { return m_context.journey.cancelActivation(); }); });
}

void PersonalCodePage::enter(const ameli::JourneyResult &arrival)
{
    Page::enter(arrival);
    // L4: an active account choosing a new code is not activating: no "Étape 2 sur 3".
    m_stepHeader->setVisible(m_context.journey.session().purpose !=
                             ameli::Session::Purpose::CodeReset);
    m_code->lineEdit()->clear();
    m_confirm->lineEdit()->clear();
    m_code->setRevealed(false);
    m_confirm->setRevealed(false);
    m_allowed->setVisible(false);
    refresh();
}

void PersonalCodePage::refresh()
{
    // The model decides each rule and the level; this page only shows them (P7, P9).
    m_rules->update(m_context.journey.checkPersonalCode(m_code->text(), m_confirm->text()));
    m_meter->setStrength(m_context.journey.personalCodeStrength(m_code->text()));
}
