#pragma once

#include "Page.h"

// ameli.fr: "Ici, vous accédez à votre compte ameli" (A1).
class HomePage : public Page
{
    Q_OBJECT

public:
    explicit HomePage(const PageContext &context, QWidget *parent = nullptr);
    QWidget *firstFocus() const override;

private:
    QPushButton *m_connect;
};
