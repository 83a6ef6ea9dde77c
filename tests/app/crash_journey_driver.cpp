// Plays the activation journey person after person on a store, writing to a journal (synced
// to disk) each step the store has confirmed, until it is killed. tst_crashconsistency kills
// it at random moments and compares the store with the journal.
#include "clock/SimulationClock.h"
#include "journey/ContactDetails.h"
#include "journey/JourneyService.h"
#include "mail/MailTemplates.h"
#include "security/SecretHasher.h"
#include "store/Database.h"
#include "store/MailRepository.h"
#include "store/PersonRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>
#include <cstdio>
#include <unistd.h>

using namespace ameli;

namespace {

QString latestBody(const Database &db, const QString &address, const QString &subject)
{
    for (const Mail &m : MailRepository(db).everything(address)) {
        if (m.content.subject == subject)
            return m.content.htmlBody;
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    Database db(QString::fromLocal8Bit(argv[1]));
    QFile journal(QString::fromLocal8Bit(argv[2]));
    if (!journal.open(QIODevice::Append))
        return 2;
    const int first = QByteArray(argv[3]).toInt();
    SimulationClock clock;
    JourneyService journey(db, clock, SecretHasher(SecretHasher::Cost::Minimal));
    const auto confirm = [&journal](int person, int state) {
        journal.write(QByteArray::number(person) + ' ' + QByteArray::number(state) + '\n');
        journal.flush();
        ::fsync(journal.handle());
    };
    static const QRegularExpression codeInMail(
        QStringLiteral("id=\"code-provisoire\">([0-9]{4})<"));
    static const QRegularExpression linkInMail(
        QStringLiteral("href=\"([^\"]*confirmation-email[^\"]*)\""));
    for (int i = first;; ++i) {
        const QString nir = QStringLiteral("285077505%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString email = QStringLiteral("p%1@exemple.fr").arg(i);
        PersonRepository(db).insert(
            {0, nir, QDate(1985, 7, 14), QStringLiteral("Prénom"), QStringLiteral("Nom"), email});
        confirm(i, 0);
        journey.follow(NavigationLink::ForgottenCode);
        if (!journey
                 .requestProvisionalCode(nir, QStringLiteral("14/07/1985"),
                                         journey.captcha().current().characters)
                 .ok())
            return 3;
        confirm(i, 1);
        const QString code =
            codeInMail.match(latestBody(db, email, MailTemplates::provisionalCodeSubject()))
                .captured(1);
        if (!journey.login(nir, code).ok() || !journey.answerConditions(true).ok())
            return 3;
        confirm(i, 2);
        if (!journey
                 .choosePersonalCode(QStringLiteral("MotdePasse1"), QStringLiteral("MotdePasse1"))
                 .ok())
            return 3;
        confirm(i, 3);
        ContactDetails details;
        details.email = email;
        details.emailConfirmation = email;
        if (!journey.giveContactDetails(details).ok())
            return 3;
        confirm(i, 4);
        const QUrl link(linkInMail.match(latestBody(db, email, MailTemplates::validationSubject()))
                            .captured(1));
        if (!journey.openLink(link).ok())
            return 3;
        confirm(i, 5);
        journey.logout();
    }
}
