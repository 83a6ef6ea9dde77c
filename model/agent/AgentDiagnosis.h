#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ameli {

// What a call-centre agent sees of a caller's account: never a code, never the whole number.
// Addresses are shown whole: the agent reads them back to the caller to find a typo (T1).
struct AgentDiagnosis
{
    struct Event
    {
        QDateTime at;
        QString text;
    };

    QString person;      // name and masked number
    QString state;       // the account's state, in words
    QList<Event> events; // codes and links sent, where each mail went, oldest first
    QString advice;      // what to tell the caller now
};

} // namespace ameli
