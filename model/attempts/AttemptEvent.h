#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace ameli {

// What a person did, or what happened to them, during an attempt. Stored as a word.
enum class EventKind
{
    AttemptStarted,
    AttemptEnded,
    PageShown, // step, value = the address shown (no token ever)
    FocusIn,   // target = the control's visible label, field = its field if any
    FocusOut,
    FieldEdited,     // field, count = edits, length; value only for plain fields
    ChoiceMade,      // a radio button or check box: field (the question), target (the answer)
    ButtonActivated, // target = the visible label; detail = "mouse" or "keyboard"
    LinkActivated,   // a link of the page ("Code oublié ?"...), target = its text
    KeySubmitted,    // Enter in a field, which submits its form
    Misclick,        // a click on nothing actionable: x, y on the page or window, area
    MailboxOpened,
    MailboxFolder,    // target = the folder shown
    MailboxReader,    // target = the reader chosen: webmail or mail program (T4)
    MailboxSearch,    // value = the words searched, count = results
    MailOpened,       // target = the subject, detail = the folder
    MailLinkFollowed, // target = "validation", "login", "blocked" or "other"; never the token
    CaptchaRenewed,
    CaptchaListened,
    ServiceResult,       // step, problem, rules, message, detail = the field errors (JSON)
    ClockMoved,          // count = minutes (negative: back to real time)
    HintShown,           // count = its number, message = its text; target = "agent_advice" when
                         // the agent asked for the answer an exam hides (count 0)
    QuestionnaireAnswer, // target = "SEQ" or "SUS", count = item, value = the answer
    ParticipantFinished, // "J'ai terminé"
    ParticipantGaveUp,   // "J'abandonne"
};

struct AttemptEvent
{
    int seq = 0; // order within the attempt, from 1
    EventKind kind = EventKind::PageShown;
    qint64 elapsedMs = 0; // real time since the attempt started (monotonic)
    QDateTime simTime;    // the simulation clock when it happened
    QString step;         // the page shown at the time (StepKeys)
    QString target;       // the control's visible label, a folder, a subject...
    QString field;        // the form field (JourneyResult's field names)
    QString value;        // only what is safe to keep: see FieldPrivacy
    int length = -1;      // length of what a field holds
    int count = 0;        // edits, minutes, hint or item number, answer...
    QStringList rules;    // rule IDs (ServiceResult, FieldEdited of the new code)
    QString problem;      // ProblemKeys
    QString message;      // the French message shown
    int x = -1;           // click position
    int y = -1;
    QString area; // "page", "window" or "mailbox": what x and y are relative to
    QString detail;

    static QString kindKey(EventKind kind);
    static std::optional<EventKind> kindFromKey(const QString &key);
    // What the event was, in French, for a timeline or a replay's list.
    QString describe() const;
};

} // namespace ameli
