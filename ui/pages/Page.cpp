#include "Page.h"

#include "JourneyRunner.h"
#include "widgets/FormField.h"
#include "widgets/Notice.h"
#include "widgets/SiteFooter.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using ameli::JourneyResult;

namespace {

// Outside the simulation is information, not a mistake of the user's.
Notice::Kind kindOf(const JourneyResult &result)
{
    if (result.ok() || result.problem == ameli::Problem::OutsideSimulation)
        return Notice::Kind::Info;
    return Notice::Kind::Error;
}

} // namespace

Page::Page(const PageContext &context, ameli::JourneyStep step, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_step(step)
{
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);
    auto *outer = new QVBoxLayout;
    outer->setContentsMargins(kPageMargin, kPageMargin, kPageMargin, kPageMargin);
    page->addLayout(outer, 1);
    auto *frame = new QFrame(this);
    frame->setProperty("card", true);
    frame->setMaximumWidth(kCardMaxWidth);
    m_card = new QVBoxLayout(frame);
    m_card->setContentsMargins(kCardMargin, 28, kCardMargin, 28);
    m_card->setSpacing(12);
    m_notice = new Notice(frame);
    m_card->addWidget(m_notice);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(frame, 10);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    // At the foot of the page, as on the site: reached by scrolling, never in the way.
    page->addWidget(new SiteFooter(this));
}

QLabel *Page::addTitle(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setProperty("pageTitle", true);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    // The title comes before the notice, on screen and for screen readers, which follow the
    // order of the widgets' creation (lower() puts it first).
    m_card->insertWidget(0, label);
    label->lower();
    return label;
}

QLabel *Page::addParagraph(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_card->addWidget(label);
    return label;
}

FormField *Page::addField(const QString &name, FormField *field)
{
    field->setFieldName(name);
    m_fields.insert(name, field);
    m_fieldOrder.append(name);
    return field;
}

QPushButton *Page::addPrimaryButton(const QString &text, QLayout *into)
{
    auto *button = new QPushButton(text, this);
    button->setProperty("primary", true);
    QString name = text;
    button->setAccessibleName(name.remove(QLatin1Char('&')));
    if (into)
        into->addWidget(button);
    else
        m_card->addWidget(button, 0, Qt::AlignLeft);
    return button;
}

void Page::run(const std::function<JourneyResult()> &action)
{
    m_context.runner.run(action, [this](const JourneyResult &result) { emit arrived(result); });
}

void Page::clearErrors()
{
    for (FormField *f : std::as_const(m_fields))
        f->clearError();
    m_notice->clear();
}

void Page::enter(const JourneyResult &arrival)
{
    clearErrors();
    if (!arrival.message.isEmpty()) {
        m_notice->show(kindOf(arrival), arrival.message);
    }
}

void Page::showResult(const JourneyResult &result)
{
    clearErrors();
    QWidget *firstError = nullptr;
    for (const QString &name : std::as_const(m_fieldOrder)) {
        const QString message = result.errorFor(name);
        if (message.isEmpty())
            continue;
        FormField *f = m_fields.value(name);
        f->setError(message);
        if (!firstError)
            firstError = f->input();
    }
    // A message that belongs to no field of this page goes above the form, and the page
    // scrolls back to it: the button that was clicked may be far below on a long page.
    if (!firstError && !result.message.isEmpty()) {
        m_notice->show(kindOf(result), result.message);
        revealNotice();
    }
    if (firstError)
        firstError->setFocus(Qt::OtherFocusReason);
}

void Page::revealNotice()
{
    QScrollArea *scroll = nullptr;
    for (QWidget *w = parentWidget(); w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    if (!scroll)
        return;
    // The notice was hidden until now: its place is known once the layout has run.
    layout()->activate();
    // From the top when the notice fits there, so the page's title is read with it.
    const int noticeBottom = m_notice->mapTo(this, QPoint(0, m_notice->height())).y();
    if (noticeBottom + kPageMargin <= scroll->viewport()->height())
        scroll->ensureVisible(0, 0);
    else
        scroll->ensureWidgetVisible(m_notice, 0, kPageMargin);
}

QWidget *Page::firstFocus() const
{
    for (const QString &name : m_fieldOrder) {
        if (FormField *f = m_fields.value(name); f && f->input()->isEnabled())
            return f->input();
    }
    return nullptr;
}
