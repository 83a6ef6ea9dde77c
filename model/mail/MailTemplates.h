#pragma once

#include "Mail.h"

#include <QUrl>

namespace ameli {

// The two mails of the journey, with the guide's texts word for word (F5, V2).
class MailTemplates
{
public:
    static QString assuranceMaladieSender();
    static QString validationSubject();
    static QString provisionalCodeSubject();

    static MailContent provisionalCode(const QString &code);
    static MailContent validation(const QUrl &confirmLink);
};

} // namespace ameli
