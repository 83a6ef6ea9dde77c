#pragma once

#include <QString>
#include <QUrl>
#include <functional>

namespace ameli {

// The web links of a mail's HTML body, each replaced by what a filter makes of it: an
// antivirus (T6) or a mail program (T4) neutralises them without touching the text.
class MailLinks
{
public:
    static QString rewritten(const QString &html, const std::function<QUrl(const QUrl &)> &rewrite);
};

} // namespace ameli
