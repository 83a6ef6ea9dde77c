#include "CaptchaBox.h"

#include "Announcer.h"
#include "CaptchaAudioPlayer.h"
#include "CaptchaIcons.h"
#include "FormField.h"
#include "captcha/CaptchaImageRenderer.h"
#include "captcha/CaptchaService.h"
#include "clock/SimulationClock.h"
#include "journey/GuideTexts.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

CaptchaBox::CaptchaBox(ameli::CaptchaService &captcha, const ameli::SimulationClock &clock,
                       QWidget *parent)
    : QWidget(parent)
    , m_captcha(captcha)
    , m_clock(clock)
    , m_image(nullptr)
    , m_renew(nullptr)
    , m_listen(nullptr)
    , m_answer(new QLineEdit)
    , m_field(nullptr)
    , m_countdown(nullptr)
    , m_audioProblem(nullptr)
    , m_timer(new QTimer(this))
    , m_player(new CaptchaAudioPlayer(this))
{
    setProperty("captchaBox", true);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(ameli::GuideTexts::forgottenCode().captchaTitle, this);
    title->setProperty("sectionTitle", true);
    layout->addWidget(title);
    auto *instruction = new QLabel(ameli::GuideTexts::forgottenCode().captchaInstruction, this);
    instruction->setWordWrap(true);
    layout->addWidget(instruction);

    // Created in reading order: a screen reader walks the children in the order they were made.
    m_image = new QLabel(this);
    m_renew = new QToolButton(this);
    m_listen = new QToolButton(this);
    auto *row = new QHBoxLayout;
    m_image->setFixedSize(ameli::CaptchaImageRenderer::kWidth,
                          ameli::CaptchaImageRenderer::kHeight);
    // X3: the image says where its sound alternative is.
    m_image->setAccessibleName(tr("Image de caractères à recopier"));
    m_image->setAccessibleDescription(
        tr("Si vous ne pouvez pas lire l'image, cliquez sur le microphone pour écouter les "
           "caractères."));
    row->addWidget(m_image);
    auto *buttons = new QVBoxLayout;
    m_renew->setIcon(CaptchaIcons::arrow());
    m_renew->setText(ameli::GuideTexts::forgottenCode().renew);
    m_renew->setAccessibleName(ameli::GuideTexts::forgottenCode().renew);
    m_renew->setToolTip(ameli::GuideTexts::forgottenCode().renew);
    m_renew->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_listen->setIcon(CaptchaIcons::microphone());
    m_listen->setText(ameli::GuideTexts::forgottenCode().listen);
    m_listen->setAccessibleName(ameli::GuideTexts::forgottenCode().listen);
    m_listen->setToolTip(ameli::GuideTexts::forgottenCode().listen);
    m_listen->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // What the event log calls these two (InteractionTap).
    m_renew->setProperty("recordAs", QStringLiteral("captcha_renewed"));
    m_listen->setProperty("recordAs", QStringLiteral("captcha_listened"));
    for (QToolButton *b : {m_renew, m_listen}) {
        b->setFocusPolicy(Qt::StrongFocus);
        b->setIconSize(QSize(24, 24));
        b->setMinimumSize(40, 36);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    row->addLayout(buttons);
    row->addStretch();
    layout->addLayout(row);

    // X3: how to reach the sound alternative, and the renewal, said in words.
    auto *help = new QLabel(ameli::GuideTexts::forgottenCode().fiveMinutes + QLatin1Char(' ') +
                                tr("La flèche donne une nouvelle liste de caractères, le "
                                   "microphone la lit à voix haute."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_countdown = new QLabel(this);
    m_audioProblem = new QLabel(this);
    m_countdown->setProperty("countdown", true);
    layout->addWidget(m_countdown);
    m_audioProblem->setProperty("fieldError", true);
    m_audioProblem->setVisible(false);
    layout->addWidget(m_audioProblem);

    m_field = new FormField(tr("Caractères lus ou entendus *"), m_answer, this);
    m_answer->setMaxLength(20);
    layout->addWidget(m_field);

    connect(m_renew, &QToolButton::clicked, this, &CaptchaBox::renew);
    connect(m_listen, &QToolButton::clicked, this, &CaptchaBox::listen);
    connect(m_timer, &QTimer::timeout, this, &CaptchaBox::refreshCountdown);
    // A trainer who moves the clock sees the time left change at once.
    connect(&m_clock, &ameli::SimulationClock::offsetChanged, this, &CaptchaBox::refreshCountdown);
    m_timer->start(1000);
    showCurrent();
}

void CaptchaBox::showCurrent()
{
    m_image->setPixmap(
        QPixmap::fromImage(ameli::CaptchaImageRenderer::render(m_captcha.current().characters)));
    m_answer->clear();
    refreshCountdown();
}

void CaptchaBox::renew()
{
    m_player->stop();
    m_captcha.renew();
    showCurrent();
    // The time left is read again with the new list, as a sighted person sees it restart.
    Announcer::announce(
        m_countdown,
        tr("Une nouvelle liste de caractères est affichée. %1").arg(m_countdown->text()));
}

void CaptchaBox::listen()
{
    QString problem;
    if (!m_player->play(m_captcha.current().characters, &problem)) {
        m_audioProblem->setText(problem);
        m_audioProblem->setVisible(true);
        Announcer::announce(m_audioProblem, problem);
    } else {
        m_audioProblem->setVisible(false);
    }
}

void CaptchaBox::refreshCountdown()
{
    const qint64 left = m_clock.now().msecsTo(m_captcha.current().expiresAt);
    const bool expired = left <= 0;
    if (expired) {
        m_countdown->setText(tr("Le délai de 5 minutes est dépassé : cliquez sur la flèche pour "
                                "obtenir une nouvelle liste de caractères."));
    } else {
        const qint64 seconds = (left + 999) / 1000;
        m_countdown->setText(tr("Temps restant : %1 min %2 s")
                                 .arg(seconds / 60)
                                 .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    }
    if (m_countdown->property("expired").toBool() == expired && m_countdownStyled)
        return;
    m_countdownStyled = true;
    m_countdown->setProperty("expired", expired);
    m_countdown->style()->unpolish(m_countdown);
    m_countdown->style()->polish(m_countdown);
    // Running out is a status change: said once, not every second.
    if (expired)
        Announcer::announce(m_countdown, m_countdown->text());
}
