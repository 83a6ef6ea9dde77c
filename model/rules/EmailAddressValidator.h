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
    BadDomain,
    Mismatch
};

struct EmailCheck
{
    EmailError error = EmailError::Empty;
    QString normalized;
    bool isValid() const { return error == EmailError::None; }
    QString message() const;
};

// The WHATWG "valid e-mail address" (what <input type=email> accepts in every browser).
class EmailAddressValidator
{
public:
    static EmailCheck check(const QString &typed);
    // D1: typed twice, both the same (compared without case, as mail systems do for domains).
    static EmailCheck checkPair(const QString &typed, const QString &confirmation);
    static QString messageFor(EmailError error);
};

} // namespace ameli
