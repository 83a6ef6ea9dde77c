#pragma once

#include <QString>
#include <optional>

namespace ameli {

// Where a classroom's PostgreSQL server is, and which station this is: what `--server` and
// `--station` say, turned into libpq's keywords. A password is never taken from here: libpq
// reads it from ~/.pgpass or the service file, so that it is neither on a command line nor in
// a log. Immutable once parsed.
class ServerLocation
{
public:
    // SERVICE (a pg_service.conf entry) or a postgresql:// URI. The station is the role it
    // logs in as, unless the URI or the service names one. Nothing and a French reason in
    // `problem` if the text cannot be used (a password in it, a malformed URI).
    static std::optional<ServerLocation> parse(const QString &text, const QString &station,
                                               QString *problem);

    // libpq's keywords, as QPSQL's connect options take them ("k=v;k=v"), without a user.
    const QString &options() const { return m_options; }
    // The role to log in as; the station's name when nothing else names one.
    const QString &user() const { return m_user; }
    const QString &station() const { return m_station; }
    // What messages show: the server and the database, never a password.
    const QString &shownName() const { return m_shownName; }
    // The same server as another role (the trainer's, the administrator's).
    ServerLocation as(const QString &user) const;

private:
    QString m_options;
    QString m_user;
    QString m_station;
    QString m_shownName;
};

} // namespace ameli
