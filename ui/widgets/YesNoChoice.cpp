#include "YesNoChoice.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

YesNoChoice::YesNoChoice(const QString &question, const QString &yes, const QString &no,
                         QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_yes(new QRadioButton(yes, this))
    , m_no(new QRadioButton(no, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_yes);
    layout->addWidget(m_no);
    layout->addStretch();
    m_group->addButton(m_yes);
    m_group->addButton(m_no);
    // The visible word is the name; the question it answers is read with it.
    for (QRadioButton *b : {m_yes, m_no}) {
        QString name = b->text();
        b->setAccessibleName(name.remove(QLatin1Char('&')));
        b->setAccessibleDescription(question);
        b->setFocusPolicy(Qt::StrongFocus);
    }
    setAccessibleName(question);
    connect(m_group, &QButtonGroup::buttonClicked, this, &YesNoChoice::changed);
}

std::optional<bool> YesNoChoice::value() const
{
    if (m_yes->isChecked())
        return true;
    if (m_no->isChecked())
        return false;
    return std::nullopt;
}

void YesNoChoice::clear()
{
    // An exclusive group would keep one button checked.
    m_group->setExclusive(false);
    m_yes->setChecked(false);
    m_no->setChecked(false);
    m_group->setExclusive(true);
}
