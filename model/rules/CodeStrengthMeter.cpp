#include "CodeStrengthMeter.h"

#include <QCoreApplication>
#include <string>
#include <vector>
#include <zxcvbn.h>

namespace ameli {

QStringList CodeStrengthMeter::commonFrenchWords()
{
    // zxcvbn-c's dictionaries are English: these are the words French users reach for first.
    return {QStringLiteral("motdepasse"), QStringLiteral("motdepass"), QStringLiteral("passe"),
            QStringLiteral("bonjour"),    QStringLiteral("soleil"),    QStringLiteral("azerty"),
            QStringLiteral("ameli"),      QStringLiteral("assurance"), QStringLiteral("maladie"),
            QStringLiteral("secu"),       QStringLiteral("securite"),  QStringLiteral("france"),
            QStringLiteral("paris"),      QStringLiteral("marseille"), QStringLiteral("chouchou"),
            QStringLiteral("doudou"),     QStringLiteral("loulou"),    QStringLiteral("amour"),
            QStringLiteral("jetaime"),    QStringLiteral("bisous"),    QStringLiteral("chat"),
            QStringLiteral("chien"),      QStringLiteral("maison"),    QStringLiteral("famille"),
            QStringLiteral("vitale"),     QStringLiteral("carte"),     QStringLiteral("code"),
            QStringLiteral("nicolas"),    QStringLiteral("camille"),   QStringLiteral("marie")};
}

CodeStrength CodeStrengthMeter::estimate(const QString &code, const PersonalData &person)
{
    CodeStrength result;
    if (code.isEmpty())
        return result;

    QStringList words = commonFrenchWords();
    words << person.firstName.toLower() << person.lastName.toLower() << person.nir13;
    if (person.birthDate.isValid()) {
        words << person.birthDate.toString(QStringLiteral("ddMMyyyy"))
              << person.birthDate.toString(QStringLiteral("yyyy"));
    }
    std::vector<std::string> storage;
    for (const QString &w : words) {
        if (!w.isEmpty())
            storage.push_back(w.toStdString());
    }
    std::vector<const char *> userDict;
    for (const std::string &s : storage)
        userDict.push_back(s.c_str());
    userDict.push_back(nullptr);

    const std::string utf8 = code.toStdString();
    result.entropyBits = ZxcvbnMatch(utf8.c_str(), userDict.data(), nullptr);

    if (result.entropyBits >= kStrongFrom)
        result.level = StrengthLevel::Strong;
    else if (result.entropyBits >= kMediumFrom)
        result.level = StrengthLevel::Medium;
    else if (result.entropyBits >= kWeakFrom)
        result.level = StrengthLevel::Weak;
    else
        result.level = StrengthLevel::VeryWeak;
    result.word = word(result.level);
    return result;
}

QString CodeStrengthMeter::word(StrengthLevel level)
{
    switch (level) {
    case StrengthLevel::None:
        return {};
    case StrengthLevel::VeryWeak:
        return QCoreApplication::translate("CodeStrengthMeter", "Très faible");
    case StrengthLevel::Weak:
        return QCoreApplication::translate("CodeStrengthMeter", "Faible");
    case StrengthLevel::Medium:
        return QCoreApplication::translate("CodeStrengthMeter", "Moyen");
    case StrengthLevel::Strong:
        return QCoreApplication::translate("CodeStrengthMeter", "Fort");
    }
    return {};
}

} // namespace ameli
