#include "AboutDialog.h"

#include "HelpFiles.h"
#include "Version.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
    , m_guide(new QPushButton(tr("&Guide d'utilisation"), this))
    , m_licence(new QPushButton(tr("&Licence"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("À propos du simulateur"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Simulateur du compte ameli"), this);
    title->setProperty("sectionTitle", true);
    layout->addWidget(title);
    m_version->setText(tr("Version %1").arg(QStringLiteral(AMELI_VERSION_TEXT)));
    m_version->setObjectName(QStringLiteral("aboutVersionLabel"));
    layout->addWidget(m_version);

    const QStringList paragraphs = {
        tr("Simulateur de formation du parcours « compte ameli » : connexion, code oublié, "
           "CAPTCHA, code provisoire, activation et validation de l'email."),
        tr("Toutes les personnes, numéros de sécurité sociale et adresses sont fictifs. Ce n'est "
           "pas le site de l'Assurance Maladie : le simulateur fonctionne hors ligne et ne se "
           "connecte jamais au vrai service. N'y saisissez jamais de vraies données."),
        tr("Il suit le guide « Pas-à-pas : Utiliser un code provisoire » de l'Assurance Maladie, "
           "dont il reprend les textes et les délais."),
        tr("Logiciel libre sous licence GNU GPL version 3 ou ultérieure (GPL-3.0-or-later), "
           "fourni sans aucune garantie."),
        tr("Il utilise : Qt 6 (LGPL-3), libsodium (ISC), zxcvbn-c (MIT), libphonenumber "
           "(Apache-2.0) ; les voix du CAPTCHA sonore ont été enregistrées avec espeak-ng "
           "(GPL-3). Ces bibliothèques viennent de Debian, chacune avec sa licence."),
    };
    for (const QString &text : paragraphs) {
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    auto *buttons = new QDialogButtonBox(this);
    m_guide->setAccessibleName(tr("Guide d'utilisation"));
    m_licence->setAccessibleName(tr("Licence"));
    buttons->addButton(m_guide, QDialogButtonBox::ActionRole);
    buttons->addButton(m_licence, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("&Fermer"));
    close->setAccessibleName(tr("Fermer"));
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_guide, &QPushButton::clicked, this, &AboutDialog::userGuideRequested);
    connect(m_licence, &QPushButton::clicked, this, &AboutDialog::showLicence);
    setMinimumWidth(560);
}

void AboutDialog::showLicence()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Licence du simulateur"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setAccessibleName(tr("Texte de la licence"));
    QFile file(HelpFiles::licence());
    if (!file.fileName().isEmpty() && file.open(QIODevice::ReadOnly))
        text->setPlainText(QString::fromUtf8(file.readAll()));
    else
        text->setPlainText(tr("GNU General Public License, version 3 ou ultérieure : le texte "
                              "complet est sur https://www.gnu.org/licenses/gpl-3.0.html (il "
                              "n'est pas sur ce poste)."));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Fermer"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(720, 640);
    dialog.exec();
}
