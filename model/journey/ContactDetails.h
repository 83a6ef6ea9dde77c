#pragma once

#include <QString>
#include <optional>

namespace ameli {

// What step 3 asks (D1-D4). Consents left unanswered count as "Non".
struct ContactDetails
{
    QString email;
    QString emailConfirmation;
    std::optional<bool> promotionalEmails;
    QString mobile;
    std::optional<bool> mobileCalls;
    std::optional<bool> sms;
    QString landline;
    std::optional<bool> landlineCalls;
};

} // namespace ameli
