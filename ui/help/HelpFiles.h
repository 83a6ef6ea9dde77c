#pragma once

#include <QString>

// Where the documents the Help menu opens are on this machine: the installed package's
// /usr/share/doc/ameli-simulator, or the source tree the program was built from. All local:
// the simulator never opens the network.
class HelpFiles
{
public:
    // The user guide (README.md), or empty when neither place has it.
    static QString userGuide();
    // The licence's full text (the package points to Debian's copy, the source tree has LICENSE).
    static QString licence();
    // The folders looked in, in order, for the message that says nothing was found.
    static QStringList searchedFolders();
};
