#include "SiteFooter.h"

#include "FlowLayout.h"

#include <QLabel>
#include <QVBoxLayout>

SiteFooter::SiteFooter(QWidget *parent)
    : QFrame(parent)
{
    setProperty("siteFooter", true);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(24, 16, 24, 16);
    column->setSpacing(8);
    auto *headings = new FlowLayout(nullptr, 24);
    for (const QString &heading :
         {tr("Accessibilité : partiellement conforme"), tr("Mentions légales"),
          tr("Données personnelles"), tr("Gestion des cookies"), tr("Plan du site")}) {
        auto *label = new QLabel(heading, this);
        label->setProperty("footerItem", true);
        headings->addWidget(label);
    }
    column->addLayout(headings);
    auto *reminder = new QLabel(tr("Simulateur de formation, données fictives. Les pages citées "
                                   "ci-dessus ne sont pas reproduites."),
                                this);
    reminder->setWordWrap(true);
    reminder->setProperty("footerNote", true);
    column->addWidget(reminder);
}
