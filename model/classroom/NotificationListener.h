#pragma once

#include <QObject>
#include <QString>

namespace ameli {

class Database;

// Listens to one of the server's notification channels (PostgreSQL's LISTEN) on the GUI
// thread's connection, and says what each notification carried: the dashboard and the
// stations are told of a change as it is committed, never by asking again and again.
class NotificationListener : public QObject
{
    Q_OBJECT

public:
    NotificationListener(const Database &database, const QString &channel,
                         QObject *parent = nullptr);
    // After the connection was opened again (the server came back): LISTEN once more.
    bool listen();

signals:
    void notified(const QString &payload);

private:
    const Database &m_database;
    QString m_channel;
};

} // namespace ameli
