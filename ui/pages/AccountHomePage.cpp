#include "AccountHomePage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "widgets/Notice.h"

#include <QGridLayout>
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
    // The site's tiles, two by row, in reading order.
    m_tiles = new QGridLayout;
    m_tiles->setSpacing(12);
    card()->addLayout(m_tiles);
    for (const QString &service : home.services) {
        auto *button = new QPushButton(service, this);
        button->setProperty("serviceTile", true);
        button->setAccessibleName(service);
        button->setToolTip(tr("Ce service ne fait pas partie de la simulation."));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_tileButtons << button;
        connect(button, &QPushButton::clicked, this, [this, service] {
            notice()->show(Notice::Kind::Info,
                           tr("« %1 » ne fait pas partie de la simulation : le parcours s'arrête "
                              "à l'activation du compte.")
                               .arg(service));
        });
    }
    // One column first: the page never starts wider than a narrow window.
    arrangeTiles(1);
    m_logout = new QPushButton(tr("Me &déconnecter"), this);
    m_logout->setAccessibleName(tr("Me déconnecter"));
    card()->addWidget(m_logout, 0, Qt::AlignLeft);
    connect(m_logout, &QPushButton::clicked, this, [this] {
        m_context.journey.logout();
        emit navigate(ameli::NavigationLink::ConnectYourself);
    });
}

void AccountHomePage::arrangeTiles(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QPushButton *tile : m_tileButtons)
        m_tiles->removeWidget(tile);
    for (qsizetype i = 0; i < m_tileButtons.size(); ++i)
        m_tiles->addWidget(m_tileButtons.at(i), int(i / columns), int(i % columns));
    for (int c = 0; c < 2; ++c)
        m_tiles->setColumnStretch(c, c < columns ? 1 : 0);
}

void AccountHomePage::resizeEvent(QResizeEvent *event)
{
    // The room the scroll area gives, not the page's own width, which grows with what it holds.
    const int outside = parentWidget() ? parentWidget()->width() : width();
    const int room = std::min(outside - 2 * kPageMargin, kCardMaxWidth) - 2 * kCardMargin;
    int widest = 0;
    for (QPushButton *tile : m_tileButtons)
        widest = std::max(widest, tile->sizeHint().width());
    arrangeTiles(room >= 2 * widest + m_tiles->spacing() ? 2 : 1);
    Page::resizeEvent(event);
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
