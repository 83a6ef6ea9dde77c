#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

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
    // Listening again after the connection was opened anew: what was said meanwhile was lost,
    // the listener's owner reads the current state once.
    void resumed();

private:
    void checkStillListening();

    const Database &m_database;
    QString m_channel;
    // Looks, locally and without asking the server, whether the connection still listens: a
    // connection opened anew after the server came back has forgotten its LISTEN.
    QTimer m_check;
};

} // namespace ameli
