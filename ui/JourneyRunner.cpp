#include "JourneyRunner.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

JourneyRunner::JourneyRunner(QObject *parent)
    : QObject(parent)
{
    // One thread, kept alive: the store's connection for it is opened once.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

JourneyRunner::~JourneyRunner()
{
    m_pool.waitForDone();
}

void JourneyRunner::run(const Action &action, const Done &done)
{
    if (m_busy)
        return;
    m_busy = true;
    emit busyChanged(true);
    auto *watcher = new QFutureWatcher<ameli::JourneyResult>(this);
    connect(watcher, &QFutureWatcher<ameli::JourneyResult>::finished, this, [this, watcher, done] {
        const ameli::JourneyResult result = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        emit busyChanged(false);
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, action));
}
