#pragma once

#include <QString>

class QCoreApplication;

// Installs the interface language: French by default whatever the system locale, with Qt's
// own French strings (qtbase_fr) so that standard buttons and menus are French too.
class Translations
{
public:
    static void install(QCoreApplication &app, const QString &language);
    // Removes what install() put in place (tests switch languages).
    static void uninstall(QCoreApplication &app);
};
