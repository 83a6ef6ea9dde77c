#pragma once

#include "TestStore.h"
#include "clock/SimulationClock.h"
#include "journey/JourneyService.h"
#include "mail/MailTemplates.h"
#include "security/SecretHasher.h"
#include "store/Database.h"
#include "store/MailRepository.h"
#include "store/PersonRepository.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>
#include <chrono>
#include <memory>

// A store in a temporary folder (or a station's world on a server, see TestStore), a clock whose
// real time stands still (tests move it instead of sleeping, rule K1) and the journey service over
// them.
struct TestWorld
{
    static constexpr const char *kNir = "2850775056123";
    static constexpr const char *kBirth = "14/07/1985";
    static constexpr const char *kEmail = "camille.martin@exemple.fr";
    static constexpr const char *kGoodCode = "MotdePasse1";

    QTemporaryDir dir;
    QDateTime realNow{QDate(2026, 3, 2), QTime(9, 0), Qt::UTC};
    ameli::SimulationClock clock{[this] { return realNow; }};
    std::unique_ptr<ameli::Database> db;
    std::unique_ptr<ameli::JourneyService> journey;
    qint64 personId = 0;

    // The smallest Argon2id cost keeps the suite fast; production cost is tested apart.
    explicit TestWorld(bool withPerson = true,
                       ameli::SecretHasher::Cost cost = ameli::SecretHasher::Cost::Minimal)
    {
        db = TestStore::open(dir);
        journey = std::make_unique<ameli::JourneyService>(*db, clock, ameli::SecretHasher(cost));
        if (withPerson)
            personId = addPerson(QLatin1String(kNir), QDate(1985, 7, 14), QLatin1String(kEmail));
    }

    qint64 addPerson(const QString &nir, const QDate &birth, const QString &email,
                     const QString &first = QStringLiteral("Camille"),
                     const QString &last = QStringLiteral("Martin"))
    {
        return ameli::PersonRepository(*db).insert({0, nir, birth, first, last, email});
    }

    void advance(std::chrono::milliseconds amount) { clock.advance(amount); }

    ameli::MailRepository mails() const { return ameli::MailRepository(*db); }

    QString latestMailBody(const QString &address, const QString &subject) const
    {
        for (const ameli::Mail &m : mails().everything(address)) {
            if (m.content.subject == subject)
                return m.content.htmlBody;
        }
        return {};
    }

    // What the person reads in the mail: the 4 digits in the code box.
    QString latestProvisionalCode(const QString &address = QLatin1String(kEmail)) const
    {
        static const QRegularExpression code(QStringLiteral("id=\"code-provisoire\">([0-9]{4})<"));
        return code.match(latestMailBody(address, ameli::MailTemplates::provisionalCodeSubject()))
            .captured(1);
    }

    QUrl latestValidationLink(const QString &address = QLatin1String(kEmail)) const
    {
        return linkIn(latestMailBody(address, ameli::MailTemplates::validationSubject()));
    }

    static QUrl linkIn(const QString &html)
    {
        static const QRegularExpression href(
            QStringLiteral("href=\"([^\"]*confirmation-email[^\"]*)\""));
        return QUrl(href.match(html).captured(1), QUrl::StrictMode);
    }

    ameli::JourneyResult requestCode(const QString &nir = QLatin1String(kNir),
                                     const QString &birth = QLatin1String(kBirth))
    {
        // As a person does: open "Code oublié ?", which shows a fresh CAPTCHA.
        journey->follow(ameli::NavigationLink::ForgottenCode);
        return journey->requestProvisionalCode(nir, birth, journey->captcha().current().characters);
    }

    ameli::JourneyResult loginWithNewCode()
    {
        requestCode();
        return journey->login(QLatin1String(kNir), latestProvisionalCode());
    }

    ameli::ContactDetails contact(const QString &email = QLatin1String(kEmail)) const
    {
        ameli::ContactDetails d;
        d.email = email;
        d.emailConfirmation = email;
        return d;
    }

    // Through steps 1 to 3: the validation mail is waiting.
    ameli::JourneyResult walkToValidationPending(const QString &email = QLatin1String(kEmail))
    {
        loginWithNewCode();
        journey->answerConditions(true);
        journey->choosePersonalCode(QLatin1String(kGoodCode), QLatin1String(kGoodCode));
        return journey->giveContactDetails(contact(email));
    }

    ameli::JourneyResult walkToActive()
    {
        walkToValidationPending();
        return journey->openLink(latestValidationLink());
    }
};
