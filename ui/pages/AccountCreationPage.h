#pragma once

#include "Page.h"

// "Créer votre compte": outside the simulation, with how a provisional code is obtained (A6).
class AccountCreationPage : public Page
{
    Q_OBJECT

public:
    explicit AccountCreationPage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;
    QWidget *firstFocus() const override;

private:
    QPushButton *m_back;
};
