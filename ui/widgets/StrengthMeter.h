#pragma once

#include "rules/CodeStrengthMeter.h"

#include <QWidget>

class QLabel;
class QProgressBar;

// "Niveau indicatif de sécurité :" as a bar and a word (P7): the model gives the level, this
// widget only maps it to a colour and says the word.
class StrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit StrengthMeter(QWidget *parent = nullptr);
    void setStrength(const ameli::CodeStrength &strength);
    QString word() const;
    QProgressBar *bar() const { return m_bar; }

private:
    QProgressBar *m_bar;
    QLabel *m_word;
    ameli::StrengthLevel m_level = ameli::StrengthLevel::None;
    bool m_levelShown = false;
};
