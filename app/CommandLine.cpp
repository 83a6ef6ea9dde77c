#include "CommandLine.h"

#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

std::optional<int> CommandLine::parse(const QStringList &arguments, CommandLine &out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Simulateur du parcours « compte ameli » (données fictives, hors ligne)."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Affiche cette aide."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Affiche la version."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("CommandLine",
                                    "Utilise la base SQLite FICHIER (par défaut : %1).")
            .arg(ameli::Database::defaultPath()),
        QCoreApplication::translate("CommandLine", "FICHIER"));
    const QCommandLineOption importPersonas(
        QStringLiteral("import-personas"),
        QCoreApplication::translate(
            "CommandLine", "Importe les personnes du fichier CSV FICHIER "
                           "(nir;date_naissance;prenom;nom;email) puis quitte, sans fenêtre."),
        QCoreApplication::translate("CommandLine", "FICHIER"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Langue de l'interface : fr (par défaut) ou en."),
        QStringLiteral("fr|en"), QStringLiteral("fr"));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        QCoreApplication::translate(
            "CommandLine", "Parcourt tout le parcours avec une personne de démonstration, sur une "
                           "base temporaire, enregistre une image PNG par écran dans DOSSIER, "
                           "puis quitte."),
        QCoreApplication::translate("CommandLine", "DOSSIER"));
    const QCommandLineOption listScenarios(
        QStringLiteral("list-scenarios"),
        QCoreApplication::translate("CommandLine",
                                    "Liste les scénarios de formation (identifiant, titre) puis "
                                    "quitte."));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QCoreApplication::translate("CommandLine",
                                    "Démarre sur le scénario ID, dans une base temporaire, avec "
                                    "le panneau du formateur."),
        QStringLiteral("ID"));
    const QCommandLineOption trainer(
        QStringLiteral("trainer"),
        QCoreApplication::translate("CommandLine",
                                    "Affiche le panneau du formateur au démarrage (Ctrl+Maj+F "
                                    "l'affiche ou le cache)."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("CommandLine",
                                    "Mode démonstration : plein écran, retour à l'accueil après "
                                    "quelques minutes sans action ; Ctrl+Alt+Maj+Q pour quitter."));
    parser.addOptions(
        {help, version, db, importPersonas, lang, tour, listScenarios, scenario, trainer, kiosk});

    QTextStream err(stderr);
    QTextStream outStream(stdout);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n'
            << QCoreApplication::translate("CommandLine", "Voir ameli-simulator --help.") << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        outStream << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        outStream << QCoreApplication::applicationName() << ' '
                  << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("CommandLine", "Argument inattendu : %1")
                   .arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    out.language = parser.value(lang);
    if (out.language != u"fr" && out.language != u"en") {
        err << QCoreApplication::translate("CommandLine",
                                           "Langue inconnue « %1 » : choisissez fr ou en.")
                   .arg(out.language)
            << '\n';
        return 2;
    }
    out.databasePath = parser.isSet(db) ? parser.value(db) : ameli::Database::defaultPath();
    out.importFile = parser.value(importPersonas);
    out.tourDirectory = parser.value(tour);
    out.listScenarios = parser.isSet(listScenarios);
    out.scenario = parser.value(scenario);
    out.trainer = parser.isSet(trainer);
    out.kiosk = parser.isSet(kiosk);
    return std::nullopt;
}
