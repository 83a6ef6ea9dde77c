#include "SeqDialog.h"

#include "attempts/Questionnaires.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using ameli::Questionnaires;

SeqDialog::SeqDialog(const QString &taskTitle, QWidget *parent)
    : QDialog(parent)
    , m_choices(new QButtonGroup(this))
    , m_validate(new QPushButton(tr("&Valider"), this))
    , m_skip(new QPushButton(tr("&Passer cette question"), this))
{
    setWindowTitle(tr("Votre avis sur la tâche"));
    setObjectName(QStringLiteral("seqDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *task = new QLabel(tr("Tâche terminée : %1").arg(taskTitle), this);
    task->setWordWrap(true);
    task->setProperty("sectionTitle", true);
    layout->addWidget(task);
    auto *question = new QLabel(Questionnaires::seqQuestion(), this);
    question->setWordWrap(true);
    layout->addWidget(question);
    auto *row = new QHBoxLayout;
    for (int v = Questionnaires::kSeqMin; v <= Questionnaires::kSeqMax; ++v) {
        // The words of the two ends are read with their number, and shown under the scale.
        QString name = QString::number(v);
        if (v == Questionnaires::kSeqMin)
            name += QStringLiteral(" — ") + Questionnaires::seqLowLabel();
        if (v == Questionnaires::kSeqMax)
            name += QStringLiteral(" — ") + Questionnaires::seqHighLabel();
        auto *b = new QRadioButton(QString::number(v), this);
        b->setAccessibleName(name);
        b->setAccessibleDescription(Questionnaires::seqQuestion());
        m_choices->addButton(b, v);
        row->addWidget(b);
    }
    layout->addLayout(row);
    auto *ends = new QHBoxLayout;
    ends->addWidget(new QLabel(Questionnaires::seqLowLabel(), this));
    ends->addStretch();
    ends->addWidget(new QLabel(Questionnaires::seqHighLabel(), this));
    layout->addLayout(ends);
    auto *buttons = new QHBoxLayout;
    m_validate->setAccessibleName(tr("Valider"));
    m_validate->setDefault(true);
    m_validate->setEnabled(false);
    m_skip->setAccessibleName(tr("Passer cette question"));
    buttons->addStretch();
    buttons->addWidget(m_skip);
    buttons->addWidget(m_validate);
    layout->addLayout(buttons);
    connect(m_choices, &QButtonGroup::idClicked, this, [this] { m_validate->setEnabled(true); });
    connect(m_validate, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_skip, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(560);
    m_choices->button(Questionnaires::kSeqMin)->setFocus();
}

std::optional<int> SeqDialog::value() const
{
    const int id = m_choices->checkedId();
    return id > 0 ? std::optional<int>(id) : std::nullopt;
}
