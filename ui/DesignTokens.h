#pragma once

#include <QColor>

// The colours of the Assurance Maladie's design system (its cnamColors tokens), for what is drawn
// by hand: the timeline, the charts, the replay's marks. The stylesheet (ameli.qss) uses the
// same values.
namespace tokens {
inline const QColor primaryBlue{0x0c, 0x41, 0x9a};
inline const QColor cyan{0x00, 0xa5, 0xdf};
inline const QColor error{0xb3, 0x3f, 0x2e};
inline const QColor success{0x00, 0x89, 0x72};
inline const QColor textGrey{0x54, 0x58, 0x59};
// Not a token: the orange of a click on nothing, apart from the error's red.
inline const QColor warning{0xc0, 0x5a, 0x00};
} // namespace tokens
