#pragma once

#include <QIcon>

// The two pictures the guide names beside the CAPTCHA: the arrow that gives a new list of
// characters and the microphone that reads them aloud. Drawn here, in the site's blue, so
// that they look the same on every desktop theme.
class CaptchaIcons
{
public:
    static QIcon arrow();
    static QIcon microphone();
};
