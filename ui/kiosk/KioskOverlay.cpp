#include "KioskOverlay.h"

#include "widgets/Announcer.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

KioskOverlay::KioskOverlay(QWidget &window)
    : QWidget(&window)
    , m_card(new QFrame(this))
    , m_title(new QLabel(m_card))
    , m_text(new QLabel(m_card))
    , m_button(new QPushButton(m_card))
{
    setObjectName(QStringLiteral("kioskOverlay"));
    setAttribute(Qt::WA_NoSystemBackground);
    m_card->setProperty("card", true);
    m_card->setAccessibleName(tr("Message du simulateur"));
    auto *layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(36, 28, 36, 28);
    layout->setSpacing(16);
    m_title->setProperty("pageTitle", true);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_button->setProperty("primary", true);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignCenter);
    m_card->setFixedWidth(560);
    connect(m_button, &QPushButton::clicked, this, [this] {
        hide();
        emit accepted();
    });
    window.installEventFilter(this);
    hide();
}

void KioskOverlay::present(const QString &title, const QString &text, const QString &button)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_text->setText(text);
    m_button->setText(button);
    m_button->setAccessibleName(QString(button).remove(QLatin1Char('&')));
    coverWindow();
    show();
    raise();
    m_button->setFocus(Qt::OtherFocusReason);
    Announcer::announce(m_text, title + QStringLiteral(". ") + text);
}

void KioskOverlay::setText(const QString &text)
{
    m_text->setText(text);
}

void KioskOverlay::coverWindow()
{
    setGeometry(parentWidget()->rect());
    // The wrapped text decides the height: nothing of the message is cut.
    m_card->resize(m_card->width(), m_card->heightForWidth(m_card->width()));
    m_card->move((width() - m_card->width()) / 2, (height() - m_card->height()) / 2);
}

bool KioskOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        coverWindow();
    return QWidget::eventFilter(watched, event);
}

void KioskOverlay::paintEvent(QPaintEvent *)
{
    // The page stays in sight, dimmed: the visitor sees what would be lost.
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 140));
}

void KioskOverlay::mousePressEvent(QMouseEvent *event)
{
    // A click beside the message reaches nothing behind it.
    event->accept();
}

bool KioskOverlay::focusNextPrevChild(bool)
{
    // Tab stays on the message's button: nothing behind the layer can take the focus.
    m_button->setFocus(Qt::TabFocusReason);
    return true;
}
