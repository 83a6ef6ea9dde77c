#include "FranceConnectButton.h"

#include <QEnterEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace {

// The design system's measures (in pixels at 100 %): 56 high, 214 wide at least, the logo
// in a 40 × 48 box 16 from the left edge, the text 68 from it.
constexpr int kHeight = 56;
constexpr int kMinWidth = 214;
constexpr int kLogoLeft = 16;
constexpr int kTextLeft = 68;
constexpr int kRightPadding = 16;
const QColor kBlue{0x00, 0x00, 0x91};
const QColor kHoverBlue{0x12, 0x12, 0xff};
const QColor kText{0xf5, 0xf5, 0xfe};
const QColor kFocus{0x0a, 0x76, 0xf6};

} // namespace

FranceConnectButton::FranceConnectButton(const QString &login, const QString &brand,
                                         QWidget *parent)
    : QPushButton(login + QLatin1Char(' ') + brand, parent)
    , m_login(login)
    , m_brand(brand)
{
    setAccessibleName(text());
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QFont FranceConnectButton::loginFont() const
{
    QFont f = font();
    f.setPixelSize(14);
    f.setBold(false);
    return f;
}

QFont FranceConnectButton::brandFont() const
{
    QFont f = font();
    f.setPixelSize(17);
    f.setBold(true);
    return f;
}

QSize FranceConnectButton::sizeHint() const
{
    const int textWidth = std::max(QFontMetrics(loginFont()).horizontalAdvance(m_login),
                                   QFontMetrics(brandFont()).horizontalAdvance(m_brand));
    // A focus ring of 2 pixels, 2 away, drawn inside the widget.
    return {std::max(kMinWidth, kTextLeft + textWidth + kRightPadding) + 8, kHeight + 8};
}

void FranceConnectButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect button = rect().adjusted(4, 4, -4, -4);
    if (hasFocus()) {
        p.setPen(QPen(kFocus, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
    p.fillRect(button, !isEnabled()              ? QColor(0x92, 0x92, 0x92)
                       : (m_hovered || isDown()) ? kHoverBlue
                                                 : kBlue);

    // The logo's place: a neutral mark, clearly not FranceConnect's.
    const QRectF logo(button.left() + kLogoLeft, button.top() + (button.height() - 48) / 2.0, 40,
                      48);
    p.setPen(QPen(kText, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(logo.adjusted(4, 6, -4, -6), 4, 4);
    p.drawEllipse(logo.center(), 7, 7);

    p.setPen(kText);
    const int x = button.left() + kTextLeft;
    const QFontMetrics login(loginFont());
    const QFontMetrics brand(brandFont());
    const int total = login.height() + brand.height();
    int y = button.top() + (button.height() - total) / 2;
    p.setFont(loginFont());
    p.drawText(x, y + login.ascent(), m_login);
    y += login.height();
    p.setFont(brandFont());
    p.drawText(x, y + brand.ascent(), m_brand);
}

void FranceConnectButton::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QPushButton::enterEvent(event);
}

void FranceConnectButton::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QPushButton::leaveEvent(event);
}
