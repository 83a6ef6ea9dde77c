#pragma once

#include "PersonalCodePolicy.h"

#include <QString>

namespace ameli {

// "Niveau indicatif de sécurité" (P7): a level the screen maps to a word and a colour.
enum class StrengthLevel
{
    None,
    VeryWeak,
    Weak,
    Medium,
    Strong
};

struct CodeStrength
{
    StrengthLevel level = StrengthLevel::None;
    double entropyBits = 0;
    QString word;
};

class CodeStrengthMeter
{
public:
    // Thresholds in bits of zxcvbn's entropy estimate, chosen so that the guide's example
    // MotdePasse1 (a common French phrase and a digit) is never rated strong.
    static constexpr double kWeakFrom = 28;
    static constexpr double kMediumFrom = 40;
    static constexpr double kStrongFrom = 65;

    static CodeStrength estimate(const QString &code, const PersonalData &person);
    static QString word(StrengthLevel level);
    static QStringList commonFrenchWords();
};

} // namespace ameli
