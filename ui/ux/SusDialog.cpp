#include "SusDialog.h"

#include "attempts/Questionnaires.h"
#include "widgets/Announcer.h"
#include "widgets/ScrollArea.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using ameli::Questionnaires;

SusDialog::SusDialog(QWidget *parent)
    : QDialog(parent)
    , m_progress(new QLabel(this))
    , m_validate(new QPushButton(tr("&Valider mes réponses"), this))
{
    setWindowTitle(tr("Questionnaire de fin de séance"));
    setObjectName(QStringLiteral("susDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *instruction = new QLabel(Questionnaires::susInstruction(), this);
    instruction->setWordWrap(true);
    layout->addWidget(instruction);
    auto *scroll = new ScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    // The scale's words are in the instruction above and read with each choice.
    grid->setColumnStretch(0, 1);
    for (int v = Questionnaires::kSusMin; v <= Questionnaires::kSusMax; ++v)
        grid->setColumnMinimumWidth(v, 56);
    const QStringList items = Questionnaires::susItems();
    for (int i = 0; i < items.size(); ++i) {
        auto *text = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(items.at(i)), content);
        text->setWordWrap(true);
        text->setMinimumWidth(360);
        grid->addWidget(text, i, 0);
        auto *group = new QButtonGroup(this);
        for (int v = Questionnaires::kSusMin; v <= Questionnaires::kSusMax; ++v) {
            auto *b = new QRadioButton(QString::number(v), content);
            // X2: each choice is read with its statement and what the number means.
            QString meaning = QString::number(v);
            if (v == Questionnaires::kSusMin)
                meaning += QStringLiteral(" — ") + Questionnaires::susLowLabel();
            if (v == Questionnaires::kSusMax)
                meaning += QStringLiteral(" — ") + Questionnaires::susHighLabel();
            b->setAccessibleName(meaning);
            b->setAccessibleDescription(items.at(i));
            group->addButton(b, v);
            grid->addWidget(b, i, v);
        }
        connect(group, &QButtonGroup::idClicked, this, &SusDialog::update);
        m_items << group;
    }
    grid->setRowStretch(int(items.size()), 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    m_validate->setAccessibleName(tr("Valider mes réponses"));
    m_validate->setDefault(true);
    bottom->addWidget(m_validate);
    layout->addLayout(bottom);
    connect(m_validate, &QPushButton::clicked, this, &QDialog::accept);
    resize(900, 580);
    update();
}

QList<int> SusDialog::answers() const
{
    QList<int> values;
    for (QButtonGroup *g : m_items) {
        if (g->checkedId() > 0)
            values << g->checkedId();
    }
    return values;
}

void SusDialog::update()
{
    const int answered = int(answers().size());
    m_progress->setText(tr("%1 réponse(s) sur %2").arg(answered).arg(Questionnaires::kSusItems));
    m_validate->setEnabled(answered == Questionnaires::kSusItems);
    if (answered == Questionnaires::kSusItems)
        Announcer::announce(m_progress, tr("Toutes les questions ont une réponse."));
}
