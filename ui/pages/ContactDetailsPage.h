#pragma once

#include "Page.h"

class QLineEdit;
class YesNoChoice;

// Étape 3: "Informations personnelles" (D1-D6).
class ContactDetailsPage : public Page
{
    Q_OBJECT

public:
    explicit ContactDetailsPage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QLineEdit *mobileEdit() const { return m_mobile; }
    QLineEdit *landlineEdit() const { return m_landline; }
    QPushButton *submitButton() const { return m_submit; }

private:
    void submit();

    QLineEdit *m_email;
    QLineEdit *m_confirmation;
    YesNoChoice *m_emailPromo;
    QLineEdit *m_mobile;
    YesNoChoice *m_mobileCalls;
    YesNoChoice *m_sms;
    QLineEdit *m_landline;
    YesNoChoice *m_landlineCalls;
    QPushButton *m_submit;
};
