#pragma once

class QWidget;
class QString;

// Tells screen readers about a text that changed without moving the focus (X2, X4):
// errors beside a field, "code sent", the strength level, a rule met, a new CAPTCHA. The
// message is spoken once, from the window's LiveRegion.
class Announcer
{
public:
    static void announce(QWidget *source, const QString &text);
};
