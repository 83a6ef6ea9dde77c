#pragma once

#include "Page.h"

class PasswordField;
class RuleChecklist;
class StepHeader;
class StrengthMeter;

// Étape 2: "Je choisis un code personnel" (P1-P9), rules ticked and strength shown live.
class PersonalCodePage : public Page
{
    Q_OBJECT

public:
    explicit PersonalCodePage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;

    PasswordField *codeField() const { return m_code; }
    PasswordField *confirmField() const { return m_confirm; }
    RuleChecklist *checklist() const { return m_rules; }
    StepHeader *stepHeader() const { return m_stepHeader; }
    StrengthMeter *meter() const { return m_meter; }
    QPushButton *continueButton() const { return m_continue; }

private:
    void refresh();

    PasswordField *m_code;
    PasswordField *m_confirm;
    RuleChecklist *m_rules;
    StepHeader *m_stepHeader;
    StrengthMeter *m_meter;
    QLabel *m_allowed;
    QPushButton *m_continue;
};
