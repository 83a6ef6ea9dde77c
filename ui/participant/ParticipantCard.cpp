#include "ParticipantCard.h"

#include "attempts/AttemptRecorder.h"
#include "scenarios/ScenarioGoal.h"
#include "trainer/ScenarioSession.h"
#include "widgets/Announcer.h"
#include "widgets/VerticalScrollArea.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ParticipantCard::ParticipantCard(QWidget *parent)
    : QDockWidget(tr("Votre mission"), parent)
    , m_heading(new QLabel)
    , m_text(new QLabel)
    , m_identityTitle(new QLabel(tr("Votre identité (fictive) :")))
    , m_identity(new QWidget)
    , m_finish(new QPushButton(tr("J'ai &terminé")))
    , m_giveUp(new QPushButton(tr("J'a&bandonne")))
    , m_confirmRow(new QWidget)
    , m_confirmText(new QLabel(tr("Abandonner cette tâche ?")))
    , m_confirmGiveUp(new QPushButton(tr("Oui, j'abandonne")))
    , m_keepGoing(new QPushButton(tr("Non, je continue")))
{
    setObjectName(QStringLiteral("participantCard"));
    setFeatures(QDockWidget::DockWidgetMovable);
    auto *scroll = new VerticalScrollArea(this);
    auto *content = new QWidget(scroll);
    content->setProperty("participantCard", true);
    auto *layout = new QVBoxLayout(content);
    for (QLabel *l : {m_heading, m_text, m_identityTitle}) {
        l->setParent(content);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_heading->setProperty("sectionTitle", true);
    m_identityTitle->setProperty("sectionTitle", true);
    m_identity->setParent(content);
    m_identity->setProperty("identityCard", true);
    // Each value under its label: the card stays narrow beside the page.
    (new QFormLayout(m_identity))->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_identityTitle);
    layout->addWidget(m_identity);
    layout->addSpacing(8);
    for (QPushButton *b : {m_finish, m_giveUp, m_confirmGiveUp, m_keepGoing}) {
        QString name = b->text();
        b->setAccessibleName(name.remove(QLatin1Char('&')));
    }
    m_finish->setProperty("primary", true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_finish);
    buttons->addWidget(m_giveUp);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *confirm = new QVBoxLayout(m_confirmRow);
    confirm->setContentsMargins(0, 0, 0, 0);
    m_confirmText->setWordWrap(true);
    confirm->addWidget(m_confirmText);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(m_confirmGiveUp);
    confirmButtons->addWidget(m_keepGoing);
    confirmButtons->addStretch();
    confirm->addLayout(confirmButtons);
    m_confirmRow->setParent(content);
    m_confirmRow->setVisible(false);
    layout->addWidget(m_confirmRow);
    layout->addStretch();
    scroll->setWidget(content);
    setWidget(scroll);
    setMinimumWidth(300);
    // The page beside it keeps the room: the card's text wraps.
    setMaximumWidth(340);

    connect(m_finish, &QPushButton::clicked, this, &ParticipantCard::finished);
    connect(m_giveUp, &QPushButton::clicked, this, [this] { askGiveUp(true); });
    connect(m_keepGoing, &QPushButton::clicked, this, [this] { askGiveUp(false); });
    connect(m_confirmGiveUp, &QPushButton::clicked, this, [this] {
        askGiveUp(false);
        emit gaveUp();
    });
}

void ParticipantCard::askGiveUp(bool asking)
{
    m_confirmRow->setVisible(asking);
    m_giveUp->setEnabled(!asking);
    m_finish->setEnabled(!asking);
    if (asking) {
        m_keepGoing->setFocus(Qt::OtherFocusReason);
        Announcer::announce(m_confirmText, m_confirmText->text());
    } else {
        m_giveUp->setFocus(Qt::OtherFocusReason);
    }
}

void ParticipantCard::showBrief(const ParticipantBrief &brief)
{
    m_heading->setText(brief.heading);
    m_text->setText(brief.text);
    m_identityRows = {{tr("Nom :"), brief.name},
                      {tr("N° de sécurité sociale :"), brief.nir},
                      {tr("Date de naissance :"), brief.birthDate}};
    if (!brief.email.isEmpty())
        m_identityRows.append({tr("Adresse email :"), brief.email});
    if (!brief.code.isEmpty())
        m_identityRows.append({tr("Votre code personnel :"), brief.code});
    auto *form = static_cast<QFormLayout *>(m_identity->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    for (const auto &[name, value] : std::as_const(m_identityRows)) {
        auto *valueLabel = new QLabel(value, m_identity);
        valueLabel->setTextFormat(Qt::PlainText);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueLabel->setProperty("identityValue", true);
        form->addRow(name, valueLabel);
        // Made while the card may already be on screen: shown now, not at the next event.
        form->labelForField(valueLabel)->show();
        valueLabel->show();
    }
    m_identityTitle->setVisible(true);
    m_identity->setVisible(true);
    m_confirmRow->setVisible(false);
    for (QPushButton *b : {m_finish, m_giveUp}) {
        b->setVisible(brief.canStop);
        b->setEnabled(true);
    }
    show();
    Announcer::announce(m_text, brief.heading + QStringLiteral(". ") + brief.text);
}

QString ParticipantCard::identityText() const
{
    QStringList lines;
    for (const auto &[name, value] : m_identityRows)
        lines << name + QLatin1Char(' ') + value;
    return lines.join(QLatin1Char('\n'));
}

void ParticipantCard::showMessage(const QString &heading, const QString &text)
{
    m_heading->setText(heading);
    m_text->setText(text);
    m_identityTitle->setVisible(false);
    m_identity->setVisible(false);
    m_confirmRow->setVisible(false);
    m_finish->setVisible(false);
    m_giveUp->setVisible(false);
    show();
    Announcer::announce(m_text, heading + QStringLiteral(". ") + text);
}

void ParticipantCard::follow(ScenarioSession &session)
{
    connect(&session, &ScenarioSession::started, this, [this, &session] {
        ParticipantBrief brief = ParticipantBrief::of(session.world(), *session.run());
        brief.heading = tr("Votre mission : %1").arg(session.run()->scenario.title);
        showBrief(brief);
    });
    connect(this, &ParticipantCard::finished, &session,
            [&session] { session.stop(ameli::AttemptOutcome::NotReached); });
    connect(this, &ParticipantCard::gaveUp, &session,
            [&session] { session.stop(ameli::AttemptOutcome::GivenUp); });
    connect(&session.recorder(), &ameli::AttemptRecorder::ended, this,
            [this, &session](const ameli::Attempt &attempt) {
                if (attempt.spec.mode == ameli::AttemptMode::UxTest ||
                    attempt.outcome == ameli::AttemptOutcome::Interrupted || !session.run())
                    return;
                if (attempt.outcome == ameli::AttemptOutcome::Reached) {
                    showMessage(tr("Objectif atteint"), tr("Bravo : %1.")
                                                            .arg(ameli::ScenarioGoal::describe(
                                                                session.run()->scenario.goal)));
                } else {
                    showMessage(ameli::Attempt::outcomeLabel(attempt.outcome),
                                tr("La tentative est enregistrée. Le formateur peut vous proposer "
                                   "de recommencer."));
                }
            });
}
