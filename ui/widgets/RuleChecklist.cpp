#include "RuleChecklist.h"

#include "Announcer.h"
#include "LinkButton.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using ameli::CodeRule;

RuleChecklist::RuleChecklist(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const CodeRule shown[] = {CodeRule::Length, CodeRule::LowerAndUpper, CodeRule::DigitOrSpecial,
                              CodeRule::OnlyAllowed, CodeRule::NoPersonalData};
    for (CodeRule rule : shown) {
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setProperty("rule", QStringLiteral("unmet"));
        layout->addWidget(label);
        m_labels.append({rule, label});
        m_met.append({rule, false});
    }
    // The guide's two links: the lists of allowed characters (P4).
    auto *links = new QHBoxLayout;
    links->setSpacing(24);
    auto *latin = new LinkButton(tr("caractères latins"), this);
    auto *special = new LinkButton(tr("caractère spécial"), this);
    latin->setAccessibleName(tr("Liste des caractères latins"));
    special->setAccessibleName(tr("Liste des caractères spéciaux"));
    links->addWidget(latin);
    links->addWidget(special);
    links->addStretch();
    layout->addLayout(links);
    connect(latin, &QPushButton::clicked, this, &RuleChecklist::latinLettersRequested);
    connect(special, &QPushButton::clicked, this, &RuleChecklist::specialCharactersRequested);
    update(ameli::PersonalCodePolicy::check({}, {}, {}));
}

QLabel *RuleChecklist::labelFor(CodeRule rule) const
{
    for (const auto &[r, label] : m_labels) {
        if (r == rule)
            return label;
    }
    return nullptr;
}

bool RuleChecklist::isMet(CodeRule rule) const
{
    for (const auto &[r, met] : m_met) {
        if (r == rule)
            return met;
    }
    return false;
}

void RuleChecklist::update(const QList<ameli::CodeRuleCheck> &checks)
{
    for (const ameli::CodeRuleCheck &check : checks) {
        QLabel *label = labelFor(check.rule);
        if (!label)
            continue;
        // Words as well as colour and sign: never colour alone.
        const QString state = check.met ? tr("respecté") : tr("non respecté");
        const QString text =
            QStringLiteral("%1 %2 (%3)")
                .arg(check.met ? QStringLiteral("✔") : QStringLiteral("✘"), check.label, state);
        // Only what changed is touched: each keystroke must not tell a screen reader about
        // five labels that stayed the same.
        if (label->text() == text)
            continue;
        label->setText(text);
        label->setProperty("rule", check.met ? QStringLiteral("met") : QStringLiteral("unmet"));
        label->style()->unpolish(label);
        label->style()->polish(label);
        for (auto &[r, met] : m_met) {
            if (r != check.rule)
                continue;
            if (check.met && !met)
                Announcer::announce(label, tr("Règle respectée : %1").arg(check.label));
            met = check.met;
        }
    }
}
