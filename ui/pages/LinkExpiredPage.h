#pragma once

#include "Page.h"

class QLineEdit;
class QRadioButton;

// The link is no longer active (V4): send it again to the same or to another address; or, after
// 21 days (V5), the address is forgotten and a new one is asked. One page, two steps.
class LinkExpiredPage : public Page
{
    Q_OBJECT

public:
    LinkExpiredPage(const PageContext &context, ameli::JourneyStep step, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;
    QWidget *firstFocus() const override;

    QRadioButton *sameAddressButton() const { return m_same; }
    QRadioButton *otherAddressButton() const { return m_other; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QPushButton *sendButton() const { return m_send; }

private:
    void updateFields();

    QRadioButton *m_same = nullptr;
    QRadioButton *m_other = nullptr;
    QLineEdit *m_email;
    QLineEdit *m_confirmation;
    QPushButton *m_send;
};
