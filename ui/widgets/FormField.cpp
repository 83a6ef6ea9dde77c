#include "FormField.h"

#include "Announcer.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

FormField::FormField(const QString &label, QWidget *input, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(label, this))
    , m_input(input)
    , m_error(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_label->setWordWrap(true);
    m_label->setBuddy(input);
    m_label->setProperty("fieldLabel", true);
    input->setParent(this);
    // X2: what a screen reader announces is the visible label, without the mnemonic mark.
    QString name = label;
    input->setAccessibleName(name.remove(QLatin1Char('&')));
    m_error->setWordWrap(true);
    m_error->setProperty("fieldError", true);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::NoTextInteraction);
    m_layout->addWidget(m_label);
    m_layout->addWidget(input);
    m_layout->addWidget(m_error);
    m_required = label.trimmed().endsWith(QLatin1Char('*'));
    describe();
    // An error stays until the person changes what caused it: then it no longer applies.
    QList<QLineEdit *> edits = input->findChildren<QLineEdit *>();
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        edits.prepend(edit);
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textEdited, this, &FormField::clearError);
    for (QAbstractButton *button : input->findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::clicked, this, &FormField::clearError);
    }
}

void FormField::setFieldName(const QString &name)
{
    m_fieldName = name;
    setObjectName(name + QStringLiteral("FormField"));
}

QString FormField::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FormField::setRequired(bool required)
{
    m_required = required;
    if (required && !m_label->text().trimmed().endsWith(QLatin1Char('*'))) {
        m_label->setText(m_label->text() + QStringLiteral(" *"));
        QString name = m_label->text();
        m_input->setAccessibleName(name.remove(QLatin1Char('&')));
    }
    describe();
}

void FormField::describe()
{
    const QString message = error();
    if (!message.isEmpty())
        m_input->setAccessibleDescription(tr("Erreur : %1").arg(message));
    else
        m_input->setAccessibleDescription(m_required ? tr("Champ obligatoire") : QString());
}

void FormField::addBelow(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_error), widget);
}

void FormField::setError(const QString &message)
{
    if (message.isEmpty()) {
        clearError();
        return;
    }
    m_error->setText(message);
    m_error->setVisible(true);
    m_input->setProperty("invalid", true);
    m_input->style()->unpolish(m_input);
    m_input->style()->polish(m_input);
    // X2: the field says it is in error, and the message is read with it.
    describe();
    Announcer::announce(m_error, message);
}

void FormField::clearError()
{
    if (!m_error->isVisible() && m_error->text().isEmpty())
        return;
    m_error->clear();
    m_error->setVisible(false);
    m_input->setProperty("invalid", false);
    m_input->style()->unpolish(m_input);
    m_input->style()->polish(m_input);
    describe();
}
