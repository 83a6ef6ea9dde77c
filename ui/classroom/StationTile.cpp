#include "StationTile.h"

#include "journey/StepKeys.h"

#include <QCheckBox>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

StationTile::StationTile(const QString &station, QWidget *parent)
    : QFrame(parent)
    , m_station(station)
    , m_select(new QCheckBox(station, this))
    , m_who(new QLabel(this))
    , m_step(new QLabel(this))
    , m_time(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_state(new QLabel(this))
{
    setProperty("card", true);
    setMinimumWidth(230);
    m_select->setAccessibleName(tr("Choisir le poste %1").arg(station));
    QFont bold = m_select->font();
    bold.setBold(true);
    m_select->setFont(bold);
    m_state->setProperty("notice", QStringLiteral("error"));
    m_state->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : {static_cast<QWidget *>(m_select), static_cast<QWidget *>(m_who),
                       static_cast<QWidget *>(m_step), static_cast<QWidget *>(m_time),
                       static_cast<QWidget *>(m_counts), static_cast<QWidget *>(m_state)})
        layout->addWidget(w);
    for (QLabel *l : {m_who, m_step, m_time, m_counts, m_state})
        l->setWordWrap(true);
}

void StationTile::show(const ameli::StationStatus &s, const QDateTime &now, int stuckAfterSeconds)
{
    m_who->setText(
        tr("%1 — %2").arg(s.participant.isEmpty() ? tr("participant non indiqué") : s.participant,
                          s.scenario.isEmpty() ? tr("exploration libre") : s.scenario));
    m_step->setText(
        tr("Étape : %1")
            .arg(s.step.isEmpty() ? tr("pas encore commencé") : ameli::StepKeys::labelOf(s.step)));
    if (s.attemptStartedAt.isValid()) {
        const qint64 seconds = std::max<qint64>(0, s.attemptStartedAt.secsTo(now));
        m_time->setText(tr("Temps passé : %1 min %2 s")
                            .arg(seconds / 60)
                            .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    } else {
        m_time->setText(tr("Temps passé : —"));
    }
    m_counts->setText(tr("Erreurs : %1 · Indices : %2").arg(s.errors).arg(s.hints));
    QString state;
    if (s.paused)
        state = tr("En pause");
    else if (s.stuckAt(now, stuckAfterSeconds))
        state = tr("Bloqué ? Aucune étape depuis %1 min").arg(s.lastProgressAt.secsTo(now) / 60);
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    // What a screen reader says of the tile: the station and its state in one sentence.
    setAccessibleName(tr("Poste %1").arg(m_station));
    setAccessibleDescription(
        QStringList{m_who->text(), m_step->text(), m_time->text(), m_counts->text(), state}.join(
            QStringLiteral(". ")));
}
