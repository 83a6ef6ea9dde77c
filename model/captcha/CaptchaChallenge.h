#pragma once

#include <QDateTime>
#include <QString>

namespace ameli {

// One list of characters to copy (F2), valid for 5 minutes from `issuedAt` (F3).
struct CaptchaChallenge
{
    quint64 serial = 0;
    QString characters;
    QDateTime issuedAt;
    QDateTime expiresAt;

    bool isNull() const { return characters.isEmpty(); }
};

} // namespace ameli
