#pragma once

#include "GuiWorld.h"
#include "attempts/AttemptRecorder.h"
#include "attempts/MeasureCalculator.h"
#include "participant/ParticipantCard.h"
#include "recording/InteractionTap.h"
#include "scenarios/ScenarioCatalog.h"
#include "store/AttemptRepository.h"
#include "trainer/ScenarioSession.h"
#include "trainer/TrainerPanel.h"

#include <QLineEdit>

// The real window with everything that records an attempt: the recorder over the test's
// store, the tap on the screens, the scenario session, the trainer's panel and the
// participant's card. Time is a seam: `pass(ms)` moves the monotonic time the recorder reads
// and the real time under the simulation clock together; nothing waits.
struct RecordingWorld : GuiWorld
{
    qint64 elapsed = 0;
    ameli::ScenarioCatalog catalog;
    ameli::SecretHasher hasher{ameli::SecretHasher::Cost::Minimal};
    std::unique_ptr<ameli::AttemptRecorder> recorder;
    std::unique_ptr<ScenarioSession> session;
    TrainerPanel *panel = nullptr;
    ParticipantCard *card = nullptr;

    RecordingWorld()
        : GuiWorld(false)
    {
        catalog.load(QStringLiteral("/nonexistent"));
        recorder = std::make_unique<ameli::AttemptRecorder>(*db, clock, [this] { return elapsed; });
        session = std::make_unique<ScenarioSession>(*db, hasher, clock, *recorder);
        new InteractionTap(*recorder, *journey, *window, clock);
        panel = new TrainerPanel(*journey, *db, clock, *session, catalog, *window);
        window->setTrainerPanel(panel);
        card = new ParticipantCard(window.get());
        window->addDockWidget(Qt::LeftDockWidgetArea, card);
        card->hide();
        card->follow(*session);
    }

    ~RecordingWorld()
    {
        recorder->end(ameli::AttemptOutcome::Interrupted);
        panel->deleteLater();
        // As in main(): the window goes before the recorder it reports to.
        if (window)
            window->mailbox()->close();
        window.reset();
    }

    void pass(qint64 ms)
    {
        elapsed += ms;
        realNow = realNow.addMSecs(ms);
    }

    void startScenario(const QString &id, const QString &participant = QStringLiteral("P07"))
    {
        panel->participantEdit()->setText(participant);
        panel->startScenario(id);
        QCoreApplication::processEvents();
    }

    // The attempt last ended, read back from the store, with its events and measures.
    ameli::Attempt lastAttempt() const
    {
        recorder->flush();
        return *ameli::AttemptRepository(*db).find(recorder->lastEnded()->id);
    }
    QList<ameli::AttemptEvent> lastEvents() const
    {
        recorder->flush();
        return ameli::AttemptRepository(*db).events(recorder->lastEnded()->id);
    }
    ameli::AttemptMeasures lastMeasures() const
    {
        return ameli::MeasureCalculator::compute(lastAttempt(), lastEvents());
    }

    // The page's title, a label a click does nothing on.
    static QLabel *titleOf(Page *page)
    {
        for (QLabel *l : page->findChildren<QLabel *>()) {
            if (l->property("pageTitle").toBool())
                return l;
        }
        return nullptr;
    }

    QStringList kinds(const QList<ameli::AttemptEvent> &events, ameli::EventKind kind) const
    {
        QStringList found;
        for (const ameli::AttemptEvent &e : events) {
            if (e.kind == kind)
                found << (e.kind == ameli::EventKind::PageShown ? e.step : e.target);
        }
        return found;
    }
};
