#include "HomePage.h"

#include "journey/GuideTexts.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using ameli::GuideTexts;
using ameli::NavigationLink;

HomePage::HomePage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::Home, parent)
{
    const GuideTexts::Home t = GuideTexts::home();
    addTitle(t.title);
    addParagraph(t.intro);
    auto *have = addParagraph(t.haveAccount);
    have->setProperty("sectionTitle", true);
    m_connect = addPrimaryButton(tr("&Connectez-vous"));
    m_connect->setAccessibleName(t.connect);
    auto *none = addParagraph(t.noAccount);
    none->setProperty("sectionTitle", true);
    auto *create = new QPushButton(t.createAccount, this);
    create->setAccessibleName(t.createAccount);
    card()->addWidget(create, 0, Qt::AlignLeft);
    auto *services = addParagraph(t.servicesTitle);
    services->setProperty("sectionTitle", true);
    auto *list = new QLabel(this);
    QString items;
    for (const QString &s : t.services)
        items += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    list->setText(QStringLiteral("<ul>%1</ul>").arg(items));
    list->setAccessibleName(t.servicesTitle + QStringLiteral(" : ") +
                            t.services.join(QStringLiteral(", ")));
    card()->addWidget(list);
    connect(m_connect, &QPushButton::clicked, this,
            [this] { emit navigate(NavigationLink::ConnectYourself); });
    connect(create, &QPushButton::clicked, this,
            [this] { emit navigate(NavigationLink::CreateAccount); });
}

QWidget *HomePage::firstFocus() const
{
    return m_connect;
}
