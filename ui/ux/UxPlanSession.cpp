#include "UxPlanSession.h"

#include "SeqDialog.h"
#include "SusDialog.h"
#include "attempts/AttemptRecorder.h"
#include "attempts/Questionnaires.h"
#include "participant/ParticipantCard.h"
#include "store/AttemptRepository.h"
#include "store/StoreError.h"
#include "trainer/ScenarioSession.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUxPlan, "ameli.ui.uxplan")

UxPlanSession::UxPlanSession(const ameli::UxPlan &plan, const QString &participant,
                             ScenarioSession &session, ParticipantCard &card, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_participant(participant)
    , m_session(session)
    , m_card(card)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &UxPlanSession::checkTimeLimit);
    connect(&m_card, &ParticipantCard::finished, this,
            [this] { m_session.stop(ameli::AttemptOutcome::NotReached); });
    connect(&m_card, &ParticipantCard::gaveUp, this,
            [this] { m_session.stop(ameli::AttemptOutcome::GivenUp); });
    connect(&m_session.recorder(), &ameli::AttemptRecorder::ended, this, &UxPlanSession::taskEnded);
}

void UxPlanSession::start()
{
    m_planRunId =
        ameli::AttemptRepository(m_session.recorder().records())
            .beginPlanRun(m_plan.id, m_plan.title, m_participant, QDateTime::currentDateTimeUtc());
    m_timer->start(1000);
    startTask(0);
}

void UxPlanSession::startTask(int index)
{
    m_index = index;
    const ameli::UxTask &task = m_plan.tasks.at(index);
    ameli::AttemptSpec base;
    base.participant = m_participant;
    base.mode = ameli::AttemptMode::UxTest;
    base.planRunId = m_planRunId;
    base.planId = m_plan.id;
    base.taskId = task.id;
    base.taskTitle = task.title;
    base.timeLimitMs = task.timeLimitMs;
    m_session.setAttemptBase(base);
    m_session.start(task.situation);
    ParticipantBrief brief = ParticipantBrief::of(m_session.world(), *m_session.run());
    brief.heading =
        tr("Tâche %1 sur %2 : %3").arg(index + 1).arg(m_plan.tasks.size()).arg(task.title);
    brief.text = task.text;
    m_card.showBrief(brief);
}

void UxPlanSession::checkTimeLimit()
{
    if (m_over || m_index < 0 || !m_session.isPlaying())
        return;
    const qint64 limit = m_plan.tasks.at(m_index).timeLimitMs;
    if (limit > 0 && m_session.recorder().elapsedMs() >= limit)
        m_session.stop(ameli::AttemptOutcome::TimedOut);
}

void UxPlanSession::taskEnded(const ameli::Attempt &attempt)
{
    if (m_over || attempt.spec.planRunId != m_planRunId ||
        attempt.outcome == ameli::AttemptOutcome::Interrupted)
        return;
    const QString heading = attempt.outcome == ameli::AttemptOutcome::Reached
                                ? tr("Tâche réussie")
                                : ameli::Attempt::outcomeLabel(attempt.outcome);
    m_card.showMessage(heading, tr("Merci. Répondez à la question, puis la tâche suivante "
                                   "commencera."));
    const qint64 attemptId = attempt.id;
    // After the signal has been handled everywhere: the dialog must not run inside it.
    QTimer::singleShot(0, this, [this, attemptId] {
        if (!m_plan.askSeq) {
            nextTask();
            return;
        }
        m_seq = new SeqDialog(m_plan.tasks.at(m_index).title, m_card.parentWidget());
        m_seq->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_seq, &QDialog::finished, this, [this, attemptId](int result) {
            if (result == QDialog::Accepted && m_seq && m_seq->value()) {
                try {
                    m_session.recorder().answer({m_planRunId, attemptId, QStringLiteral("SEQ"), 1,
                                                 *m_seq->value(), QDateTime::currentDateTimeUtc()});
                } catch (const ameli::StoreError &e) {
                    qCWarning(lcUxPlan) << "SEQ not saved:" << e.detail();
                }
            }
            QTimer::singleShot(0, this, &UxPlanSession::nextTask);
        });
        m_seq->open();
        emit seqAsked();
    });
}

void UxPlanSession::nextTask()
{
    if (m_index + 1 < m_plan.tasks.size()) {
        startTask(m_index + 1);
        return;
    }
    if (m_plan.askSus)
        askSus();
    else
        finish();
}

void UxPlanSession::askSus()
{
    m_card.showMessage(tr("Dernière étape"),
                       tr("Toutes les tâches sont faites. Donnez votre avis sur le simulateur."));
    m_sus = new SusDialog(m_card.parentWidget());
    m_sus->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_sus, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted && m_sus) {
            const QList<int> answers = m_sus->answers();
            try {
                for (int i = 0; i < answers.size(); ++i) {
                    m_session.recorder().answer({m_planRunId, 0, QStringLiteral("SUS"), i + 1,
                                                 answers.at(i), QDateTime::currentDateTimeUtc()});
                }
            } catch (const ameli::StoreError &e) {
                qCWarning(lcUxPlan) << "SUS not saved:" << e.detail();
            }
        }
        QTimer::singleShot(0, this, &UxPlanSession::finish);
    });
    m_sus->open();
    emit susAsked();
}

void UxPlanSession::finish()
{
    m_over = true;
    m_timer->stop();
    try {
        ameli::AttemptRepository(m_session.recorder().records())
            .endPlanRun(m_planRunId, QDateTime::currentDateTimeUtc());
    } catch (const ameli::StoreError &e) {
        qCWarning(lcUxPlan) << "plan run not closed:" << e.detail();
    }
    m_card.showMessage(tr("Séance terminée"),
                       tr("Merci pour votre participation. Vous pouvez prévenir l'animateur."));
    emit over();
}
