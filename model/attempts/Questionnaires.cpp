#include "Questionnaires.h"

#include <QCoreApplication>

namespace ameli {

QString Questionnaires::seqQuestion()
{
    return QCoreApplication::translate("Questionnaires", "Dans l'ensemble, cette tâche était :");
}

QString Questionnaires::seqLowLabel()
{
    return QCoreApplication::translate("Questionnaires", "Très difficile");
}

QString Questionnaires::seqHighLabel()
{
    return QCoreApplication::translate("Questionnaires", "Très facile");
}

QStringList Questionnaires::susItems()
{
    return {
        QCoreApplication::translate("Questionnaires",
                                    "Je pense que je vais utiliser ce système fréquemment."),
        QCoreApplication::translate("Questionnaires", "Je trouve ce système inutilement complexe."),
        QCoreApplication::translate("Questionnaires",
                                    "Je pense que ce système est facile à utiliser."),
        QCoreApplication::translate("Questionnaires",
                                    "Je pense que j'aurai besoin de l'aide d'un technicien pour "
                                    "être capable d'utiliser ce système."),
        QCoreApplication::translate("Questionnaires",
                                    "J'ai trouvé que les différentes fonctions de ce système ont "
                                    "été bien intégrées."),
        QCoreApplication::translate("Questionnaires",
                                    "Je pense qu'il y a trop d'incohérence dans ce système."),
        QCoreApplication::translate("Questionnaires",
                                    "J'imagine que la plupart des gens serait capable "
                                    "d'apprendre à utiliser ce système très rapidement."),
        QCoreApplication::translate("Questionnaires",
                                    "J'ai trouvé ce système très lourd à utiliser."),
        QCoreApplication::translate("Questionnaires",
                                    "Je me sentais très en confiance en utilisant ce système."),
        QCoreApplication::translate("Questionnaires",
                                    "J'ai besoin d'apprendre beaucoup de choses avant de pouvoir "
                                    "utiliser ce système."),
    };
}

QString Questionnaires::susLowLabel()
{
    return QCoreApplication::translate("Questionnaires", "Pas du tout d'accord");
}

QString Questionnaires::susHighLabel()
{
    return QCoreApplication::translate("Questionnaires", "Tout à fait d'accord");
}

QString Questionnaires::susInstruction()
{
    return QCoreApplication::translate(
        "Questionnaires",
        "Pour chaque affirmation, indiquez votre accord, de 1 (pas du tout d'accord) à 5 (tout à "
        "fait d'accord). Si vous hésitez, choisissez 3.");
}

std::optional<double> Questionnaires::susScore(const QList<int> &answers)
{
    if (answers.size() != kSusItems)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < kSusItems; ++i) {
        const int a = answers.at(i);
        if (a < kSusMin || a > kSusMax)
            return std::nullopt;
        // Items 1, 3, 5... (index 0, 2, 4...) are worded positively, the others negatively.
        sum += (i % 2 == 0) ? a - 1 : 5 - a;
    }
    return sum * 2.5;
}

} // namespace ameli
