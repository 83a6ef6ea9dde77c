#include "RoomFeed.h"

#include "NotificationListener.h"
#include "store/ClassroomRepository.h"
#include "store/StoreError.h"

namespace ameli {

RoomFeed::RoomFeed(const Database &trainer, QObject *parent)
    : QObject(parent)
    , m_trainer(trainer)
    , m_listener(new NotificationListener(trainer, QStringLiteral("ameli_station"), this))
{
    // Zero: after every notification already received has been taken in, not later.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        const QString problem = reload();
        if (!problem.isEmpty())
            emit failed(problem);
    });
    const auto soon = [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    };
    connect(m_listener, &NotificationListener::notified, this, soon);
    connect(m_listener, &NotificationListener::resumed, this, soon);
}

QString RoomFeed::reload()
{
    try {
        m_statuses = ClassroomRepository(m_trainer).statuses();
    } catch (const StoreError &e) {
        return e.message();
    }
    emit updated();
    return {};
}

} // namespace ameli
