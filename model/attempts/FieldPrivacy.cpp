#include "FieldPrivacy.h"

#include "journey/JourneyResult.h"

namespace ameli {

FieldPrivacy::Level FieldPrivacy::of(const QString &fieldName)
{
    if (fieldName == field::nir)
        return Level::Masked;
    // Listed on purpose: a field added later keeps nothing until someone decides otherwise.
    for (const QString &plain : {field::birthDate, field::email, field::emailConfirmation,
                                 field::mobile, field::landline, mailboxSearchField()}) {
        if (fieldName == plain)
            return Level::Plain;
    }
    return Level::Secret;
}

QString FieldPrivacy::safeValue(const QString &fieldName, const QString &typed)
{
    switch (of(fieldName)) {
    case Level::Secret:
        return {};
    case Level::Masked:
        return maskNumber(typed);
    case Level::Plain:
        return typed;
    }
    return {};
}

QString FieldPrivacy::maskNumber(const QString &typed)
{
    QString masked = typed;
    int kept = 0;
    for (QChar &c : masked) {
        if (c.isSpace())
            continue;
        if (kept < 5)
            ++kept;
        else
            c = QLatin1Char('*');
    }
    return masked;
}

} // namespace ameli
