#pragma once

#include "Page.h"

class LinkButton;
class QLineEdit;
class QWidget;

// "VALIDATION DE MON EMAIL" (V1): the person is logged out and asked to open the mail. A person
// who logs in again while the link is still valid also finds here a way to have it sent to
// another address, the guide's advice when the mail never arrives (T3).
class ValidationPendingPage : public Page
{
    Q_OBJECT

public:
    explicit ValidationPendingPage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;
    QWidget *firstFocus() const override;

    LinkButton *otherAddressLink() const { return m_otherAddress; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QPushButton *sendButton() const { return m_send; }

private:
    void showOtherAddress(bool shown);

    QPushButton *m_mailbox;
    QWidget *m_notReceived;
    LinkButton *m_otherAddress;
    QWidget *m_otherForm;
    QLineEdit *m_email;
    QLineEdit *m_confirmation;
    QPushButton *m_send;
};
