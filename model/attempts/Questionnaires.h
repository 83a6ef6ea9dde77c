#pragma once

#include <QList>
#include <QStringList>
#include <optional>

namespace ameli {

// The two standard questionnaires of a UX test, in French: the Single Ease Question after each
// task, and the System Usability Scale at the end in its validated French version, the F-SUS
// (Gronier & Baudet, 2021).
class Questionnaires
{
public:
    static constexpr int kSeqMin = 1;
    static constexpr int kSeqMax = 7;
    static constexpr int kSusItems = 10;
    static constexpr int kSusMin = 1;
    static constexpr int kSusMax = 5;

    static QString seqQuestion();
    static QString seqLowLabel();  // 1
    static QString seqHighLabel(); // 7
    static QStringList susItems();
    static QString susLowLabel();  // 1
    static QString susHighLabel(); // 5
    static QString susInstruction();

    // Standard SUS scoring: odd items score − 1, even items 5 − score, the sum × 2.5 (0 to
    // 100). Nothing when the answers are not ten values from 1 to 5.
    static std::optional<double> susScore(const QList<int> &answers);
    static bool isValidSeq(int value) { return value >= kSeqMin && value <= kSeqMax; }
};

} // namespace ameli
