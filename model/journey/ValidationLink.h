#pragma once

#include <QDateTime>
#include <QString>

namespace ameli {

// A "Confirmer mon email" link as stored: only a digest of its token is kept.
struct ValidationLink
{
    qint64 id = 0;
    qint64 personId = 0;
    QString email;
    QDateTime sentAt;
    QDateTime usedAt;
};

} // namespace ameli
