#pragma once

#include "PageContext.h"
#include "journey/JourneyResult.h"

#include <QHash>
#include <QWidget>

class FormField;
class Notice;
class QLabel;
class QPushButton;
class QVBoxLayout;

// One page of the simulated sites. A page asks the model (through the runner), and hands the
// result to the frame, which shows the page of the result's step.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(const PageContext &context, ameli::JourneyStep step, QWidget *parent = nullptr);

    ameli::JourneyStep step() const { return m_step; }
    Notice *notice() const { return m_notice; }
    FormField *field(const QString &name) const { return m_fields.value(name); }

    // The page is shown because of `arrival`: reset it and show the arrival's message.
    virtual void enter(const ameli::JourneyResult &arrival);
    // The model refused an action of this page: errors beside their fields, focus on the first.
    virtual void showResult(const ameli::JourneyResult &result);
    // The widget that takes the focus when the page is shown.
    virtual QWidget *firstFocus() const;

signals:
    void arrived(const ameli::JourneyResult &result);
    void navigate(ameli::NavigationLink link);
    void mailboxRequested();

protected:
    // The white card's measures around the page's content.
    static constexpr int kPageMargin = 24;
    static constexpr int kCardMaxWidth = 760;
    static constexpr int kCardMargin = 32;

    QVBoxLayout *card() const { return m_card; }
    QLabel *addTitle(const QString &text);
    QLabel *addParagraph(const QString &text);
    FormField *addField(const QString &name, FormField *field);
    QPushButton *addPrimaryButton(const QString &text, QLayout *into = nullptr);
    void run(const std::function<ameli::JourneyResult()> &action);
    void clearErrors();

    PageContext m_context;

private:
    void revealNotice();

    ameli::JourneyStep m_step;
    QVBoxLayout *m_card;
    Notice *m_notice;
    QHash<QString, FormField *> m_fields;
    QList<QString> m_fieldOrder;
};
