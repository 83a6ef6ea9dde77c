#pragma once

#include <QString>

namespace ameli {

enum class EmailError
{
    None,
    Empty,
    HasSpace,
    NoAt,
    BadLocalPart,
    LocalPartDots, // a dot at the start or the end of the part before the @, or two in a row
    BadDomain,
    DomainWithoutDot, // no extension after the @ (camille@orange): no mail service takes it
    Mismatch
};

struct EmailCheck
{
    EmailError error = EmailError::Empty;
    QString normalized;
    bool isValid() const { return error == EmailError::None; }
    QString message() const;
};

// The WHATWG "valid e-mail address" (what <input type=email> accepts in every browser), made
// stricter where a mail service would refuse what WHATWG allows (D1): the part before the @ may
// not start or end with a dot nor hold two in a row, and the domain must have an extension.
class EmailAddressValidator
{
public:
    static EmailCheck check(const QString &typed);
    // D1: typed twice, both the same (compared without case, as mail systems do for domains).
    static EmailCheck checkPair(const QString &typed, const QString &confirmation);
    static QString messageFor(EmailError error);
};

} // namespace ameli
