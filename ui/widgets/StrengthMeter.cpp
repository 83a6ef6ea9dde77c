#include "StrengthMeter.h"

#include "Announcer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

using ameli::StrengthLevel;

StrengthMeter::StrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_word(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(10);
    m_bar->setAccessibleName(tr("Niveau indicatif de sécurité"));
    m_word->setMinimumWidth(90);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_word);
    setStrength({});
}

QString StrengthMeter::word() const
{
    return m_word->text();
}

void StrengthMeter::setStrength(const ameli::CodeStrength &strength)
{
    static const char *const keys[] = {"none", "veryweak", "weak", "medium", "strong"};
    // The same level again (most keystrokes): nothing to redraw, nothing to tell.
    if (strength.level == m_level && m_word->text() == strength.word && m_levelShown)
        return;
    m_levelShown = true;
    m_bar->setValue(int(strength.level));
    m_bar->setProperty("level", QString::fromLatin1(keys[int(strength.level)]));
    m_bar->style()->unpolish(m_bar);
    m_bar->style()->polish(m_bar);
    m_word->setText(strength.word);
    m_bar->setAccessibleDescription(strength.word);
    if (strength.level != m_level && strength.level != StrengthLevel::None)
        Announcer::announce(m_word, tr("Niveau indicatif de sécurité : %1").arg(strength.word));
    m_level = strength.level;
}
