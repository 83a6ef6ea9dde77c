#include "AccountHomePage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "widgets/Notice.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AccountHomePage::AccountHomePage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::AccountHome, parent)
{
    addTitle(tr("Mon compte ameli"));
    m_greeting = addParagraph(QString());
    m_greeting->setProperty("sectionTitle", true);
    addParagraph(ameli::GuideTexts::accountAccess());
    const auto home = ameli::GuideTexts::home();
    auto *servicesTitle = addParagraph(home.servicesTitle);
    servicesTitle->setProperty("sectionTitle", true);
    for (const QString &service : home.services) {
        auto *button = new QPushButton(service, this);
        button->setProperty("service", true);
        button->setAccessibleName(service);
        button->setToolTip(tr("Ce service ne fait pas partie de la simulation."));
        card()->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, service] {
            notice()->show(Notice::Kind::Info,
                           tr("« %1 » ne fait pas partie de la simulation : le parcours s'arrête "
                              "à l'activation du compte.")
                               .arg(service));
        });
    }
    m_logout = new QPushButton(tr("Me &déconnecter"), this);
    m_logout->setAccessibleName(tr("Me déconnecter"));
    card()->addWidget(m_logout, 0, Qt::AlignLeft);
    connect(m_logout, &QPushButton::clicked, this, [this] {
        m_context.journey.logout();
        emit navigate(ameli::NavigationLink::ConnectYourself);
    });
}

void AccountHomePage::enter(const ameli::JourneyResult &arrival)
{
    Page::enter(arrival);
    const std::optional<ameli::Person> person = m_context.journey.sessionPerson();
    m_greeting->setText(person ? tr("Bonjour %1 %2").arg(person->firstName, person->lastName)
                               : QString());
}

QWidget *AccountHomePage::firstFocus() const
{
    return m_logout;
}
