#pragma once

#include "Page.h"

class LinkButton;
class QLineEdit;

// assure.ameli.fr: "J'accède à mon compte ameli" (A2, A5, L1).
class LoginPage : public Page
{
    Q_OBJECT

public:
    explicit LoginPage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;

    QLineEdit *nirEdit() const { return m_nir; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *connectButton() const { return m_connect; }

private:
    void submit();

    QLineEdit *m_nir;
    QLineEdit *m_code;
    QPushButton *m_connect;
};
