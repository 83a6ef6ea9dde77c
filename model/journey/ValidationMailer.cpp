#include "ValidationMailer.h"

#include "SimulatedSites.h"
#include "mail/MailDelivery.h"
#include "mail/MailTemplates.h"
#include "security/RandomSource.h"
#include "store/ValidationLinkRepository.h"

namespace ameli {

ValidationMailer::ValidationMailer(const Database &database)
    : m_database(database)
{
}

void ValidationMailer::send(qint64 personId, const QString &email, const QDateTime &now) const
{
    const QString token = RandomSource::hexToken(16);
    ValidationLinkRepository(m_database)
        .insert(personId, RandomSource::tokenDigest(token), email, now);
    MailDelivery(m_database)
        .deliver(email, MailTemplates::validation(SimulatedSites::validationUrl(token)), now);
}

} // namespace ameli
