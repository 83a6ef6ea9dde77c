#pragma once

#include "rules/PersonalCodePolicy.h"

#include <QWidget>

class QLabel;

// "Votre code personnel doit :", each rule ticked live as the user types (P9). A rule that
// turns met is announced without moving the focus (X4).
class RuleChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit RuleChecklist(QWidget *parent = nullptr);
    void update(const QList<ameli::CodeRuleCheck> &checks);
    QLabel *labelFor(ameli::CodeRule rule) const;
    bool isMet(ameli::CodeRule rule) const;

signals:
    void latinLettersRequested();
    void specialCharactersRequested();

private:
    QList<std::pair<ameli::CodeRule, QLabel *>> m_labels;
    QList<std::pair<ameli::CodeRule, bool>> m_met;
};
