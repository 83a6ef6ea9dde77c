#include "LoginPage.h"

#include "journey/GuideTexts.h"
#include "journey/JourneyService.h"
#include "widgets/FormField.h"
#include "widgets/FranceConnectButton.h"
#include "widgets/LinkButton.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using ameli::GuideTexts;
using ameli::NavigationLink;
namespace field = ameli::field;

namespace {

// A link that unfolds a short explanation under itself (A5).
QWidget *explanation(LinkButton *link, const QString &text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(text, box);
    label->setWordWrap(true);
    label->setProperty("explanation", true);
    label->setVisible(false);
    layout->addWidget(link, 0, Qt::AlignLeft);
    layout->addWidget(label);
    // A plain button (announced as such, like a link), whose description tells what it unfolded.
    QObject::connect(link, &QPushButton::clicked, label, [link, label] {
        label->setVisible(!label->isVisible());
        link->setAccessibleDescription(label->isVisible() ? label->text() : QString());
    });
    return box;
}

} // namespace

LoginPage::LoginPage(const PageContext &context, QWidget *parent)
    : Page(context, ameli::JourneyStep::Login, parent)
    , m_nir(new QLineEdit)
    , m_code(new QLineEdit)
{
    const GuideTexts::Login t = GuideTexts::login();
    addTitle(t.title);

    m_nir->setMaxLength(21);
    auto *nirField = addField(field::nir, new FormField(t.nirLabel, m_nir, this));
    // "Tous les champs sont obligatoires": each one shows its "*" as on the other pages.
    nirField->setRequired(true);
    nirField->addBelow(
        explanation(new LinkButton(t.whereIsNumber), GuideTexts::whereIsMyNumber(), this));
    card()->addWidget(nirField);

    m_code->setEchoMode(QLineEdit::Password);
    m_code->setMaxLength(50);
    auto *codeField = addField(field::code, new FormField(t.codeLabel, m_code, this));
    codeField->setRequired(true);
    auto *forgotten = new LinkButton(t.forgottenCode, this);
    codeField->addBelow(forgotten);
    card()->addWidget(codeField);

    addParagraph(t.allMandatory);
    m_connect = addPrimaryButton(tr("ME &CONNECTER"));
    m_connect->setAccessibleName(t.connect);
    auto *orLabel = addParagraph(t.orText);
    orLabel->setAlignment(Qt::AlignCenter);
    // "S'identifier avec" above "FranceConnect" in bold, as the button's anatomy asks.
    const qsizetype cut = t.franceConnect.lastIndexOf(QLatin1Char(' '));
    auto *franceConnect =
        new FranceConnectButton(t.franceConnect.left(cut), t.franceConnect.mid(cut + 1), this);
    card()->addWidget(franceConnect, 0, Qt::AlignLeft);
    card()->addWidget(explanation(new LinkButton(t.whatIsFranceConnect),
                                  GuideTexts::whatIsFranceConnect(), this));
    auto *firstVisit = new LinkButton(t.firstVisit, this);
    card()->addWidget(firstVisit, 0, Qt::AlignLeft);

    connect(m_connect, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_nir, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(forgotten, &QPushButton::clicked, this,
            [this] { emit navigate(NavigationLink::ForgottenCode); });
    connect(franceConnect, &QPushButton::clicked, this,
            [this] { emit navigate(NavigationLink::FranceConnect); });
    connect(firstVisit, &QPushButton::clicked, this,
            [this] { emit navigate(NavigationLink::CreateAccount); });
}

void LoginPage::enter(const ameli::JourneyResult &arrival)
{
    Page::enter(arrival);
    m_code->clear();
}

void LoginPage::submit()
{
    const QString nir = m_nir->text();
    const QString code = m_code->text();
    m_code->clear();
    run([this, nir, code] { return m_context.journey.login(nir, code); });
}
