#pragma once

#include "mail/MailReading.h"
#include "mail/ProviderRule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ameli {

// A training situation, read from a JSON file (resources/scenarios, or the trainers' folder).
struct Scenario
{
    enum class Goal
    {
        Active,             // the account is activated
        CodeSent,           // a provisional code was obtained
        ActivationStarted,  // logged in with a provisional code and past step 1
        PersonalCodeChosen, // a new personal code was chosen (step 2 or L4)
        EmailPending,       // a new validation link was sent
    };

    // Where the persona's account stands when the scenario starts.
    struct Start
    {
        QString state = QStringLiteral("no_code"); // see ScenarioParser::states()
        QString personalCode;                      // for personal_code_chosen and later
        QString accountEmail;     // the address typed at step 3 (default: the one on file)
        int provisionalCodes = 0; // codes already mailed, 2 minutes apart (F7 with 2)
        int validationMails = 1;  // for email_pending: links already mailed, 8 days apart
        int failedLogins = 0;     // wrong codes already typed (3 locks: L3)
        bool conditionsRefused = false;
        int otherMails = 0;     // unrelated mails in the inbox (T8)
        int advanceMinutes = 0; // how far the clock moves once all this is set
        // How the persona reads the mailbox when the scenario starts (T4).
        MailReader mailReader = MailReader::Webmail;
    };

    QString id;
    QString title;
    QString objective;
    QStringList hints;
    QString symptom; // what the caller says, in the interface's language ("en" block)
    QString task;    // what the participant is asked to do, in their own words
    QString check;   // the machine-checkable symptom, for the tests (see ScenarioParser)
    // The steps a person who knows the way goes through (StepKeys), from the home page to
    // the page where the goal is reached: success on this path is "direct".
    QStringList expectedPath;
    // The rules the situation makes the person meet on purpose (an expired link: V4): listed
    // in a debrief, never counted as mistakes.
    QStringList symptomRules;
    QString personaNir;
    Start start;
    QList<ProviderRule> providers;
    Goal goal = Goal::Active;
    QString sourceFile;
};

} // namespace ameli
