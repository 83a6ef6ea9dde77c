#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// What the simulator was asked to do on its command line.
struct CommandLine
{
    QString databasePath; // --db, or the default file in the user's data folder
    QString importFile;   // --import-personas: import, then exit without a window
    QString language = QStringLiteral("fr"); // --lang
    QString tourDirectory;                   // --tour: write the storyboard there, then exit
    bool listScenarios = false;              // --list-scenarios
    QString scenario;                        // --scenario ID
    bool trainer = false;                    // --trainer: show the trainer's panel at start
    bool kiosk = false;                      // --kiosk: demo mode

    // Parses the arguments; prints help, version or a usage error itself and returns the exit
    // status to end with when the program must stop there.
    static std::optional<int> parse(const QStringList &arguments, CommandLine &out);
};
