#pragma once

#include "SeqDialog.h"
#include "SusDialog.h"
#include "attempts/UxPlan.h"

#include <QObject>
#include <QPointer>

class ParticipantCard;
class ScenarioSession;
class QTimer;

namespace ameli {
struct Attempt;
}

// A UX test plan played by one participant (`--ux-plan FILE --participant P07`): each task in
// turn, from a fresh situation, with its card; the SEQ after each task and the SUS at the end;
// everything recorded under one plan run.
class UxPlanSession : public QObject
{
    Q_OBJECT

public:
    UxPlanSession(const ameli::UxPlan &plan, const QString &participant, ScenarioSession &session,
                  ParticipantCard &card, QObject *parent = nullptr);

    // Starts the plan run and its first task. Throws StoreError.
    void start();
    // Called every second; tests call it after moving their time source.
    void checkTimeLimit();
    int taskIndex() const { return m_index; }
    bool isOver() const { return m_over; }
    qint64 planRunId() const { return m_planRunId; }
    SeqDialog *seqDialog() const { return m_seq; }
    SusDialog *susDialog() const { return m_sus; }

signals:
    void seqAsked();
    void susAsked();
    void over();

private:
    void startTask(int index);
    void taskEnded(const ameli::Attempt &attempt);
    void nextTask();
    void askSus();
    void finish();

    ameli::UxPlan m_plan;
    QString m_participant;
    ScenarioSession &m_session;
    ParticipantCard &m_card;
    QTimer *m_timer;
    qint64 m_planRunId = 0;
    int m_index = -1;
    bool m_over = false;
    QPointer<SeqDialog> m_seq;
    QPointer<SusDialog> m_sus;
};
