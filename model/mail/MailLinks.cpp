#include "MailLinks.h"

#include <QRegularExpression>

namespace ameli {

QString MailLinks::rewritten(const QString &html, const std::function<QUrl(const QUrl &)> &rewrite)
{
    static const QRegularExpression href(QStringLiteral("href=\"(https://[^\"]*)\""));
    QString out;
    qsizetype last = 0;
    auto it = href.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart(1) - last);
        out += rewrite(QUrl(m.captured(1))).toString(QUrl::FullyEncoded);
        last = m.capturedEnd(1);
    }
    out += html.mid(last);
    return out;
}

} // namespace ameli
