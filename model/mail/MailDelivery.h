#pragma once

#include "Mail.h"

namespace ameli {

class Database;

// Sends a mail to an address through that address's provider behaviours (T1-T8): the mail
// goes to the address typed (T1), and may land in spam (T2), be deleted for a word of a red
// list (T5) or have its links blocked (T6).
class MailDelivery
{
public:
    explicit MailDelivery(const Database &database);

    Mail deliver(const QString &recipient, const MailContent &content,
                 const QDateTime &sentAt) const;

private:
    const Database &m_database;
};

} // namespace ameli
