#pragma once

#include "Page.h"

class YesNoChoice;

// Étape 1: "J'accepte les conditions d'utilisation" (C1, C2).
class ConditionsPage : public Page
{
    Q_OBJECT

public:
    explicit ConditionsPage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;
    QWidget *firstFocus() const override;

    YesNoChoice *choice() const { return m_choice; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    YesNoChoice *m_choice;
    QPushButton *m_continue;
    QPushButton *m_cancel;
};
