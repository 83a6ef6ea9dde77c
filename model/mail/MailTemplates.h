#pragma once

#include "Mail.h"

#include <QUrl>

namespace ameli {

// The two mails of the journey, with the guide's texts word for word (F5, V2), in the
// interface's language.
class MailTemplates
{
public:
    static QString assuranceMaladieSender();
    static QString validationSubject();
    static QString provisionalCodeSubject();
    // Recognised in either language, whichever the store's mails were sent in.
    static bool isFromAssuranceMaladie(const MailContent &mail);
    static bool isProvisionalCodeMail(const MailContent &mail);
    static bool isValidationMail(const MailContent &mail);

    static MailContent provisionalCode(const QString &code);
    static MailContent validation(const QUrl &confirmLink);
};

} // namespace ameli
