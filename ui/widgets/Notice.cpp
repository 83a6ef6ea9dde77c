#include "Notice.h"

#include "Announcer.h"

#include <QStyle>

Notice::Notice(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setVisible(false);
    setProperty("notice", QStringLiteral("info"));
    setTextInteractionFlags(Qt::NoTextInteraction);
}

void Notice::show(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    static const char *const keys[] = {"info", "success", "error"};
    setProperty("notice", QString::fromLatin1(keys[int(kind)]));
    style()->unpolish(this);
    style()->polish(this);
    setText(text);
    setVisible(true);
    Announcer::announce(this, text);
}

void Notice::clear()
{
    QLabel::clear();
    setVisible(false);
}
