#include "DemoPersonas.h"

#include "clock/SimulationClock.h"
#include "journey/ValidationMailer.h"
#include "mail/ProviderRule.h"
#include "security/SecretHasher.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/ProviderRuleRepository.h"
#include "store/Transaction.h"

namespace ameli {

namespace {

DemoPersona persona(const char *nir, QDate birth, const char *first, const char *last,
                    const char *email, const char *purpose)
{
    DemoPersona p;
    p.person.nir13 = QString::fromLatin1(nir);
    p.person.birthDate = birth;
    p.person.firstName = QString::fromUtf8(first);
    p.person.lastName = QString::fromUtf8(last);
    p.person.emailOnFile = QString::fromUtf8(email);
    p.purpose = QString::fromUtf8(purpose);
    return p;
}

} // namespace

QList<DemoPersona> DemoPersonas::all()
{
    QList<DemoPersona> list;
    list << persona("2850775056123", {1985, 7, 14}, "Camille", "Martin",
                    "camille.martin@exemple.fr", "Cas nominal : première activation du compte.");
    list << persona("178112A004231", {1978, 11, 3}, "Antoine", "Rossi", "antoine.rossi@exemple.fr",
                    "Né en Corse (département 2A) : la clé se calcule avec 19.");
    list << persona("2900299350118", {1990, 2, 22}, "Amina", "Benali", "amina.benali@exemple.fr",
                    "Née à l'étranger (département 99).");
    list << persona("1822099216045", {1982, 1, 1}, "Mamadou", "Diallo", "mamadou.diallo@exemple.fr",
                    "Mois de naissance inconnu (20 dans le numéro) : seule l'année est vérifiée.");
    DemoPersona active =
        persona("2630469381077", {1963, 4, 12}, "Sophie", "Petit", "famille.petit@exemple.fr",
                "Compte déjà actif (code personnel oublié : L4).");
    active.state = AccountState::Active;
    active.personalCode = QStringLiteral("Tulipe&Rhone8");
    active.personalCodeHash =
        QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$qr3Ejkd4MJj+LJwQOq+8lg$"
                       "FrCq2Tvgo+DY0xl/gVndVKXhpBxDz8WvwQoZeUKZPLE");
    active.accountEmail = active.person.emailOnFile;
    list << active;
    list << persona("1940969381152", {1994, 9, 27}, "Julien", "Petit", "famille.petit@exemple.fr",
                    "Son adresse email est déjà celle du compte de sa mère (D5).");
    list << persona("2480333063012", {1948, 3, 5}, "Jeanne", "Moreau", "",
                    "Aucune adresse email connue : le code provisoire ne peut pas être envoyé.");
    DemoPersona pending =
        persona("1991213055321", {1999, 12, 30}, "Lucas", "Bernard", "lucas.bernard@exemple.fr",
                "Validation de l'email en attente (lien envoyé au démarrage).");
    pending.state = AccountState::EmailPending;
    pending.personalCode = QStringLiteral("Velo+Calanque7");
    pending.personalCodeHash =
        QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$Bz/cKXucJSaRkcGJG/TlDw$"
                       "WlDeXUZhg+GGGw8ElIORmoG+R8OEN8ADU2RDLiAWFBo");
    pending.accountEmail = pending.person.emailOnFile;
    list << pending;
    list << persona("2870693048213", {1987, 6, 9}, "Nadia", "Haddad",
                    "nadia.haddad@courriel-prudent.fr",
                    "Sa messagerie classe les mails de l'Assurance Maladie en indésirables (T2).");
    list << persona("1711059350099", {1971, 10, 18}, "Pierre", "Lefebvre",
                    "pierre.lefebvre@boite-stricte.fr",
                    "Sa messagerie supprime les mails contenant « confirm » (T5).");
    list << persona("2950144109064", {1995, 1, 2}, "Émilie", "Girard",
                    "emilie.girard@antivirus-zele.fr",
                    "Son antivirus bloque les liens des mails (T6).");
    return list;
}

int DemoPersonas::seedIfEmpty(const Database &database, const SecretHasher &hasher,
                              const SimulationClock &clock)
{
    const PersonRepository persons(database);
    if (persons.count() > 0)
        return 0;
    Transaction transaction(database);
    const ProviderRuleRepository rules(database);
    rules.insert({0, QStringLiteral("courriel-prudent.fr"), ProviderRule::Behaviour::ToSpam, {}});
    rules.insert({0, QStringLiteral("boite-stricte.fr"), ProviderRule::Behaviour::DeleteContaining,
                  QStringLiteral("confirm")});
    rules.insert({0, QStringLiteral("antivirus-zele.fr"), ProviderRule::Behaviour::BlockLinks, {}});

    const AccountRepository accounts(database);
    const QList<DemoPersona> demo = all();
    for (const DemoPersona &p : demo) {
        const qint64 id = persons.insert(p.person);
        if (p.state == AccountState::NoCode)
            continue;
        Account account = accounts.require(id);
        account.state = p.state;
        account.personalCodeHash =
            p.personalCodeHash.isEmpty() ? hasher.hash(p.personalCode) : p.personalCodeHash;
        account.email = p.accountEmail;
        if (p.state == AccountState::Active)
            account.emailValidatedAt = clock.now();
        accounts.save(account);
        if (p.state == AccountState::EmailPending)
            ValidationMailer(database).send(id, p.accountEmail, clock.now());
    }
    transaction.commit();
    return int(demo.size());
}

} // namespace ameli
