#include "ServerLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace ameli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ameli::ServerLocation", text);
}

QString passwordRefused()
{
    return tr("L'adresse du serveur contient un mot de passe : il ne doit jamais être écrit sur "
              "la ligne de commande. Retirez-le et placez-le dans ~/.pgpass (voir le README, "
              "« Salle de formation »).");
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

struct Keywords
{
    QList<std::pair<QString, QString>> pairs;
    QString value(const QString &key) const
    {
        for (const auto &[k, v] : pairs) {
            if (k == key)
                return v;
        }
        return {};
    }
};

// postgresql://[user@]host[:port][/dbname][?key=value&...], one host.
bool parseUri(const QString &text, Keywords &out, QString *problem)
{
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = rest.mid(slash + 1);
        rest.truncate(slash);
    }
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            *problem = passwordRefused();
            return false;
        }
        out.pairs.append({QStringLiteral("user"), decoded(userInfo)});
    }
    if (rest.contains(QLatin1Char(','))) {
        *problem = tr("L'adresse du serveur nomme plusieurs serveurs : le simulateur n'en "
                      "utilise qu'un.");
        return false;
    }
    QString host = rest;
    if (!host.startsWith(QLatin1Char('['))) {
        if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
            out.pairs.append({QStringLiteral("port"), host.mid(colon + 1)});
            host.truncate(colon);
        }
    }
    if (!host.isEmpty())
        out.pairs.append({QStringLiteral("host"), decoded(host)});
    if (!path.isEmpty())
        out.pairs.append({QStringLiteral("dbname"), decoded(path)});
    for (const QString &item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *problem = tr("L'adresse du serveur est mal formée près de « %1 ».").arg(item);
            return false;
        }
        out.pairs.append({decoded(item.left(eq)), decoded(item.mid(eq + 1))});
    }
    return true;
}

// host=... port=... dbname=...: libpq's own keyword form, without quotes.
bool parseKeywords(const QString &text, Keywords &out, QString *problem)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &item : text.split(space, Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0 || item.contains(QLatin1Char('\''))) {
            *problem = tr("L'adresse du serveur est mal formée près de « %1 ».").arg(item);
            return false;
        }
        out.pairs.append({item.left(eq), item.mid(eq + 1)});
    }
    return true;
}

} // namespace

std::optional<ServerLocation> ServerLocation::parse(const QString &text, const QString &station,
                                                    QString *problem)
{
    QString ignored;
    if (!problem)
        problem = &ignored;
    const QString trimmed = text.trimmed();
    Keywords keywords;
    if (trimmed.isEmpty()) {
        *problem = tr("Indiquez le serveur de la salle : un nom de service (pg_service.conf) ou "
                      "une adresse postgresql://.");
        return std::nullopt;
    }
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        if (!parseUri(trimmed, keywords, problem))
            return std::nullopt;
    } else if (trimmed.contains(QLatin1Char('='))) {
        if (!parseKeywords(trimmed, keywords, problem))
            return std::nullopt;
    } else {
        keywords.pairs.append({QStringLiteral("service"), trimmed});
    }
    ServerLocation location;
    QStringList options;
    for (const auto &[key, value] : std::as_const(keywords.pairs)) {
        if (key == QLatin1String("password") || key == QLatin1String("passfile_contents")) {
            *problem = passwordRefused();
            return std::nullopt;
        }
        if (value.contains(QLatin1Char(';'))) {
            *problem = tr("L'adresse du serveur est mal formée près de « %1 ».").arg(key);
            return std::nullopt;
        }
        if (key == QLatin1String("user")) {
            location.m_user = value;
            continue;
        }
        options << key + QLatin1Char('=') + quoted(value);
    }
    // Encrypted when the server offers it, in clear on a local socket (libpq's own default,
    // said here so that a service file cannot silently turn it off by omission).
    if (keywords.value(QStringLiteral("sslmode")).isEmpty() &&
        keywords.value(QStringLiteral("service")).isEmpty())
        options << QStringLiteral("sslmode='prefer'");
    // A server that does not answer is told within seconds, not after the system's minutes.
    if (keywords.value(QStringLiteral("connect_timeout")).isEmpty())
        options << QStringLiteral("connect_timeout='5'");
    options << QStringLiteral("application_name='ameli-simulator'");
    location.m_options = options.join(QLatin1Char(';'));
    location.m_station = station;
    if (location.m_user.isEmpty())
        location.m_user = station;
    const QString host = keywords.value(QStringLiteral("host"));
    const QString service = keywords.value(QStringLiteral("service"));
    const QString dbname = keywords.value(QStringLiteral("dbname"));
    if (!service.isEmpty()) {
        location.m_shownName = tr("du service « %1 »").arg(service);
    } else {
        const QString port = keywords.value(QStringLiteral("port"));
        location.m_shownName = tr("« %1 » sur le serveur %2")
                                   .arg(dbname.isEmpty() ? location.m_user : dbname,
                                        (host.isEmpty() ? QStringLiteral("localhost") : host) +
                                            (port.isEmpty() ? QString() : QLatin1Char(':') + port));
    }
    return location;
}

ServerLocation ServerLocation::as(const QString &user) const
{
    ServerLocation other = *this;
    other.m_user = user;
    return other;
}

} // namespace ameli
