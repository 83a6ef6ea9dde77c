#pragma once

#include "Page.h"

// "VALIDATION DE MON EMAIL" (V1): the person is logged out and asked to open the mail.
class ValidationPendingPage : public Page
{
    Q_OBJECT

public:
    explicit ValidationPendingPage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;
    QWidget *firstFocus() const override;

private:
    QPushButton *m_mailbox;
};
