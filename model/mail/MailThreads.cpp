#include "MailThreads.h"

#include <QHash>
#include <QRegularExpression>

namespace ameli {

bool MailThread::hasUnread() const
{
    for (const Mail &m : mails) {
        if (!m.read)
            return true;
    }
    return false;
}

QString MailThreads::conversationKey(const QString &subject)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*(re|tr|fwd?|réf)\\s*:\\s*"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::UseUnicodePropertiesOption);
    QString key = subject;
    for (;;) {
        const QRegularExpressionMatch m = prefix.match(key);
        if (!m.hasMatch())
            break;
        key = key.mid(m.capturedLength());
    }
    return key.simplified().toCaseFolded();
}

QList<MailThread> MailThreads::group(const QList<Mail> &mails)
{
    QList<MailThread> threads;
    QHash<QString, qsizetype> indexOf;
    for (const Mail &m : mails) {
        const QString key = conversationKey(m.content.subject);
        const auto found = indexOf.constFind(key);
        if (found == indexOf.cend()) {
            indexOf.insert(key, threads.size());
            threads.append(MailThread{{m}});
        } else {
            threads[*found].mails.append(m);
        }
    }
    return threads;
}

} // namespace ameli
