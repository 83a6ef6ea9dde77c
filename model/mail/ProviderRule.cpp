#include "ProviderRule.h"

namespace ameli {

bool ProviderRule::appliesTo(const QString &address) const
{
    if (addressPattern.contains(QLatin1Char('@')))
        return address.compare(addressPattern, Qt::CaseInsensitive) == 0;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at >= 0 && address.mid(at + 1).compare(addressPattern, Qt::CaseInsensitive) == 0;
}

} // namespace ameli
