#pragma once

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

// What the simulator was asked to do on its command line.
struct CommandLine
{
    QString databasePath; // --db, or the default file in the user's data folder
    bool databaseGiven = false;
    QString server; // --server: a classroom's PostgreSQL server (service or URI)
    bool serverGiven = false;
    QString station;           // --station: this station's name on the server
    bool forgetServer = false; // --local: back to this machine's file
    int installStations = -1;  // --install-server N: set the server up, then exit
    bool dashboard = false;    // --dashboard: the trainer's view of the room
    QString importFile;        // --import-personas: import, then exit without a window
    QString language = QStringLiteral("fr"); // --lang
    QString tourDirectory;                   // --tour: write the storyboard there, then exit
    QString handoutFile;                     // --handout: write the printable guide, then exit
    QSize tourSize{1100, 860};               // --tour-size: the window drawn, logical pixels
    double scale = 1; // --scale: device pixels per logical pixel (2 for --handout unless given)
    bool listScenarios = false;     // --list-scenarios
    QString scenario;               // --scenario ID
    bool trainer = false;           // --trainer: show the trainer's panel at start
    bool kiosk = false;             // --kiosk: demo mode
    int kioskIdleSeconds = 180;     // --kiosk-idle: idle time before the countdown
    int kioskCountdownSeconds = 30; // --kiosk-countdown: the countdown's length
    QString participant;            // --participant: who plays (a code, never a name)
    QString uxPlanFile;             // --ux-plan: a UX test plan to run
    bool debrief = false;           // --debrief: the debrief window alone
    QString exportDirectory;        // --export-attempts: write the files, then exit
    QDateTime since;                // --since: only attempts started from that day

    // Parses the arguments; prints help, version or a usage error itself and returns the exit
    // status to end with when the program must stop there.
    static std::optional<int> parse(const QStringList &arguments, CommandLine &out);
    // The language asked for, read before parsing so that the help and the usage errors are
    // already in it ("fr" unless --lang en or --lang=en).
    static QString languageAsked(const QStringList &arguments);
    // A participant code: letters, digits, '-' and '_', at most 20 (never a full name).
    static bool isParticipantCode(const QString &code);
};
