#include "SimulatedSites.h"

#include <QUrlQuery>

namespace ameli {

namespace {

const QString kValidationPath = QStringLiteral("/PortailAS/confirmation-email");
const QString kTokenKey = QStringLiteral("jeton");

} // namespace

QString SimulatedSites::hostFor(JourneyStep step)
{
    // Only the public home lives on ameli.fr; "Connectez-vous" leads to assure.ameli.fr.
    return step == JourneyStep::Home ? publicSiteHost() : accountSiteHost();
}

QUrl SimulatedSites::homeUrl()
{
    return QUrl(QStringLiteral("https://www.ameli.fr/"));
}

QUrl SimulatedSites::loginUrl()
{
    return QUrl(QStringLiteral("https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure"));
}

QUrl SimulatedSites::validationUrl(const QString &token)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(accountSiteHost());
    url.setPath(kValidationPath);
    QUrlQuery query;
    query.addQueryItem(kTokenKey, token);
    url.setQuery(query);
    return url;
}

QString SimulatedSites::validationToken(const QUrl &url)
{
    if (url.host() != accountSiteHost() || url.path() != kValidationPath)
        return {};
    return QUrlQuery(url).queryItemValue(kTokenKey);
}

QUrl SimulatedSites::blocked(const QUrl &url)
{
    QUrl copy = url;
    copy.setScheme(blockedScheme());
    return copy;
}

bool SimulatedSites::isBlocked(const QUrl &url)
{
    return url.scheme() == blockedScheme();
}

QUrl SimulatedSites::blockedByProgram(const QUrl &url)
{
    QUrl copy = url;
    copy.setScheme(programBlockedScheme());
    return copy;
}

bool SimulatedSites::isBlockedByProgram(const QUrl &url)
{
    return url.scheme() == programBlockedScheme();
}

} // namespace ameli
