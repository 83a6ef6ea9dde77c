#include "ProvisionalCodeMailer.h"

#include "Person.h"
#include "mail/MailDelivery.h"
#include "mail/MailTemplates.h"
#include "security/RandomSource.h"
#include "security/SecretHasher.h"
#include "store/AccountRepository.h"

namespace ameli {

ProvisionalCodeMailer::ProvisionalCodeMailer(const Database &database, const SecretHasher &hasher)
    : m_database(database)
    , m_hasher(hasher)
{
}

void ProvisionalCodeMailer::send(const Person &person, const QDateTime &now) const
{
    const AccountRepository accounts(m_database);
    Account account = accounts.require(person.id);
    const QString code = RandomSource::digits(4);
    // F7: the new code replaces the previous one, which is remembered only to be told apart
    // from a wrong code. It also lifts a lock-out: receiving it proves the person reads the
    // mail on file.
    if (!account.provisionalCodeHash.isEmpty())
        account.replacedProvisionalHash = account.provisionalCodeHash;
    account.provisionalCodeHash = m_hasher.hash(code);
    account.provisionalIssuedAt = now;
    account.failedLogins = 0;
    account.lockedUntil = {};
    if (account.state == AccountState::NoCode)
        account.state = AccountState::ProvisionalCodeSent;
    accounts.save(account);
    MailDelivery(m_database).deliver(person.emailOnFile, MailTemplates::provisionalCode(code), now);
}

} // namespace ameli
