#pragma once

#include "Page.h"

// The confirmation that a provisional code was mailed (F5), with the way to the mailbox.
class CodeSentPage : public Page
{
    Q_OBJECT

public:
    explicit CodeSentPage(const PageContext &context, QWidget *parent = nullptr);
    QWidget *firstFocus() const override;
    void enter(const ameli::JourneyResult &arrival) override;

private:
    QPushButton *m_mailbox;
};
