#include "PasswordField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

PasswordField::PasswordField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_edit->setEchoMode(QLineEdit::Password);
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_edit);
    setRevealed(false);
    connect(m_toggle, &QToolButton::toggled, this, &PasswordField::setRevealed);
    connect(m_edit, &QLineEdit::textChanged, this, &PasswordField::textChanged);
}

QString PasswordField::text() const
{
    return m_edit->text();
}

void PasswordField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setText(revealed ? tr("Masquer") : tr("Afficher"));
    m_toggle->setAccessibleName(revealed ? tr("Masquer le code") : tr("Afficher le code"));
    if (m_toggle->isChecked() != revealed)
        m_toggle->setChecked(revealed);
}
