#pragma once

#include "JourneyResult.h"

#include <QString>
#include <QUrl>

namespace ameli {

// The two ways in (A1, A2, A3) and the addresses of the simulated pages. No request ever
// leaves the simulator: these URLs are only shown and parsed.
class SimulatedSites
{
public:
    static QString publicSiteHost() { return QStringLiteral("ameli.fr"); }
    static QString accountSiteHost() { return QStringLiteral("assure.ameli.fr"); }

    // A3: the site a step is shown on, as a browser's address bar shows it.
    static QString hostFor(JourneyStep step);

    static QUrl homeUrl();
    static QUrl loginUrl();
    static QUrl validationUrl(const QString &token);
    // The token of a validation link, or empty when the URL is not one.
    static QString validationToken(const QUrl &url);

    // A link an antivirus neutralised (T6): the mail keeps it, a click is refused.
    static QString blockedScheme() { return QStringLiteral("ameli-bloque"); }
    static QUrl blocked(const QUrl &url);
    static bool isBlocked(const QUrl &url);
    // A link the provider's own mail program neutralised (T4): its webmail opens the original.
    static QString programBlockedScheme() { return QStringLiteral("ameli-bloque-logiciel"); }
    static QUrl blockedByProgram(const QUrl &url);
    static bool isBlockedByProgram(const QUrl &url);
};

} // namespace ameli
