#pragma once

#include "Page.h"

class CaptchaBox;
class QLineEdit;

// "Code oublié ?": number, date of birth and the CAPTCHA (F1-F4, F8).
class ForgottenCodePage : public Page
{
    Q_OBJECT

public:
    explicit ForgottenCodePage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;
    void showResult(const ameli::JourneyResult &result) override;

    QLineEdit *nirEdit() const { return m_nir; }
    QLineEdit *birthDateEdit() const { return m_birth; }
    CaptchaBox *captchaBox() const { return m_captcha; }
    QPushButton *submitButton() const { return m_submit; }

private:
    void submit();

    QLineEdit *m_nir;
    QLineEdit *m_birth;
    CaptchaBox *m_captcha;
    QPushButton *m_submit;
};
