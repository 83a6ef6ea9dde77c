#include "NotificationListener.h"

#include "store/Database.h"

#include <QSqlDriver>

namespace ameli {

NotificationListener::NotificationListener(const Database &database, const QString &channel,
                                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_channel(channel)
{
    listen();
    m_check.setInterval(2000);
    connect(&m_check, &QTimer::timeout, this, &NotificationListener::checkStillListening);
    m_check.start();
}

void NotificationListener::checkStillListening()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (driver && driver->isOpen() && !driver->subscribedToNotifications().contains(m_channel) &&
        listen())
        emit resumed();
}

bool NotificationListener::listen()
{
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver)
        return false;
    // One connection per driver object: connecting twice would say each notification twice.
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == m_channel)
                    emit notified(payload.toString());
            });
    return driver->subscribedToNotifications().contains(m_channel) ||
           driver->subscribeToNotification(m_channel);
}

} // namespace ameli
