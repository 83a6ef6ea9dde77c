#include "Mail.h"

namespace ameli {

QString mailFolderKey(MailFolder folder)
{
    switch (folder) {
    case MailFolder::Inbox:
        return QStringLiteral("inbox");
    case MailFolder::Spam:
        return QStringLiteral("spam");
    case MailFolder::Deleted:
        return QStringLiteral("deleted");
    }
    return QStringLiteral("inbox");
}

MailFolder mailFolderFromKey(const QString &key)
{
    if (key == u"spam")
        return MailFolder::Spam;
    if (key == u"deleted")
        return MailFolder::Deleted;
    return MailFolder::Inbox;
}

} // namespace ameli
