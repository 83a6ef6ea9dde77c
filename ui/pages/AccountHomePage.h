#pragma once

#include "Page.h"

// The account's home once active (V6): the person's name and the services of A1.
class AccountHomePage : public Page
{
    Q_OBJECT

public:
    explicit AccountHomePage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;
    QWidget *firstFocus() const override;
    QLabel *greeting() const { return m_greeting; }

private:
    QLabel *m_greeting;
    QPushButton *m_logout;
};
