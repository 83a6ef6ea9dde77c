#include "SiteHeader.h"

#include "DesignTokens.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace {

// A placeholder emblem, drawn here: two arcs in a white rounded square.
QPixmap emblem(qreal ratio)
{
    const int side = 40;
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(0, 0, side, side), 8, 8);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(tokens::primaryBlue, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(9, 9, 22, 22), 30 * 16, 240 * 16);
    p.setPen(QPen(tokens::cyan, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(15, 15, 10, 10), 210 * 16, 240 * 16);
    return pixmap;
}

} // namespace

SiteHeader::SiteHeader(QWidget *parent)
    : QFrame(parent)
{
    setProperty("siteHeader", true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(24, 10, 24, 10);
    row->setSpacing(12);

    auto *mark = new QLabel(this);
    mark->setPixmap(emblem(devicePixelRatioF()));
    mark->setAccessibleName(tr("Emblème fictif du simulateur"));
    row->addWidget(mark);

    auto *words = new QVBoxLayout;
    words->setSpacing(0);
    auto *name = new QLabel(tr("compte ameli"), this);
    name->setProperty("wordmark", true);
    auto *owner = new QLabel(tr("Assurance Maladie — simulation de formation"), this);
    owner->setProperty("wordmarkOwner", true);
    words->addWidget(name);
    words->addWidget(owner);
    row->addLayout(words);
    row->addStretch();

    auto *section = new QLabel(tr("Espace assuré"), this);
    section->setProperty("siteSection", true);
    row->addWidget(section);
}
