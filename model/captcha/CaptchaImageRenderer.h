#pragma once

#include <QImage>
#include <QString>

namespace ameli {

// Draws a challenge's characters: each letter turned and shifted, crossed by curves and
// sprinkled with dots, yet dark on light and large enough for a person to read.
class CaptchaImageRenderer
{
public:
    static constexpr int kWidth = 260;
    static constexpr int kHeight = 80;

    static QImage render(const QString &characters);
};

} // namespace ameli
