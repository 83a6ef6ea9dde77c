#include "CommandLine.h"

#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
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
    const QCommandLineOption handout(
        QStringLiteral("handout"),
        QCoreApplication::translate(
            "CommandLine", "Écrit le pas-à-pas imprimable (PDF A4 : chaque écran du parcours "
                           "avec l'explication du guide, les délais, les conseils « mail non "
                           "reçu ») dans FICHIER, puis quitte. Dans la langue de --lang."),
        QCoreApplication::translate("CommandLine", "FICHIER"));
    const QCommandLineOption tourSize(
        QStringLiteral("tour-size"),
        QCoreApplication::translate("CommandLine",
                                    "Avec --tour ou --handout : la taille de la fenêtre dessinée "
                                    "(1100x860 par défaut), par exemple 1366x768."),
        QCoreApplication::translate("CommandLine", "LARGEURxHAUTEUR"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QCoreApplication::translate("CommandLine",
                                    "Avec --tour ou --handout : dessine les écrans à FACTEUR fois "
                                    "leur taille (de 1 à 4 ; 1 par défaut pour --tour, 2 pour "
                                    "--handout, la résolution d'impression)."),
        QCoreApplication::translate("CommandLine", "FACTEUR"));
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
    const QCommandLineOption kioskIdle(
        QStringLiteral("kiosk-idle"),
        QCoreApplication::translate("CommandLine",
                                    "Avec --kiosk : secondes sans action avant le compte à "
                                    "rebours (180 par défaut, de 10 à 86400)."),
        QCoreApplication::translate("CommandLine", "SECONDES"));
    const QCommandLineOption kioskCountdown(
        QStringLiteral("kiosk-countdown"),
        QCoreApplication::translate("CommandLine",
                                    "Avec --kiosk : durée du compte à rebours avant le retour à "
                                    "l'accueil (30 secondes par défaut, de 5 à 600)."),
        QCoreApplication::translate("CommandLine", "SECONDES"));
    const QCommandLineOption participant(
        QStringLiteral("participant"),
        QCoreApplication::translate("CommandLine",
                                    "Enregistre les actions sous ce code de participant (P07 : "
                                    "lettres, chiffres, - et _, jamais un nom). Seul, il "
                                    "enregistre une exploration libre."),
        QCoreApplication::translate("CommandLine", "CODE"));
    const QCommandLineOption uxPlan(
        QStringLiteral("ux-plan"),
        QCoreApplication::translate("CommandLine",
                                    "Fait passer le test utilisateur décrit par FICHIER (JSON) au "
                                    "participant donné par --participant."),
        QCoreApplication::translate("CommandLine", "FICHIER"));
    const QCommandLineOption debrief(
        QStringLiteral("debrief"),
        QCoreApplication::translate("CommandLine",
                                    "Ouvre seulement la fenêtre de débriefing des tentatives "
                                    "enregistrées."));
    const QCommandLineOption exportAttempts(
        QStringLiteral("export-attempts"),
        QCoreApplication::translate("CommandLine",
                                    "Exporte les tentatives enregistrées (CSV, JSON, xAPI) dans "
                                    "DOSSIER puis quitte, sans fenêtre. Avec --since, "
                                    "--participant, --scenario pour choisir."),
        QCoreApplication::translate("CommandLine", "DOSSIER"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        QCoreApplication::translate("CommandLine",
                                    "Avec --export-attempts : seulement les tentatives commencées "
                                    "depuis DATE (AAAA-MM-JJ ou JJ/MM/AAAA)."),
        QCoreApplication::translate("CommandLine", "DATE"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate(
            "CommandLine",
            "Salle de formation : utilise le serveur PostgreSQL SERVEUR (nom de service de "
            "pg_service.conf ou adresse postgresql://, sans mot de passe : il est lu dans "
            "~/.pgpass). Retenu pour les démarrages suivants."),
        QCoreApplication::translate("CommandLine", "SERVEUR"));
    const QCommandLineOption station(
        QStringLiteral("station"),
        QCoreApplication::translate("CommandLine",
                                    "Avec --server : nom de ce poste dans la salle (par défaut, "
                                    "le nom de la machine). Retenu comme --server."),
        QCoreApplication::translate("CommandLine", "POSTE"));
    const QCommandLineOption local(
        QStringLiteral("local"),
        QCoreApplication::translate("CommandLine",
                                    "Oublie le serveur retenu et revient à la base SQLite de ce "
                                    "poste."));
    const QCommandLineOption installServer(
        QStringLiteral("install-server"),
        QCoreApplication::translate(
            "CommandLine", "Avec --server, en administrateur du serveur : crée ou met à jour "
                           "le schéma, les postes poste-01 à poste-N et le rôle formateur, puis "
                           "quitte."),
        QStringLiteral("N"));
    const QCommandLineOption dashboard(
        QStringLiteral("dashboard"),
        QCoreApplication::translate(
            "CommandLine", "Avec --server : le tableau de bord du formateur (un poste par case, "
                           "mis à jour en direct, et les commandes aux postes). Se connecte avec "
                           "le rôle formateur, sauf --station."));
    parser.addOptions({help,        version, db,       importPersonas, lang,
                       tour,        handout, tourSize, scaleOption,    listScenarios,
                       scenario,    trainer, kiosk,    kioskIdle,      kioskCountdown,
                       participant, uxPlan,  debrief,  exportAttempts, since,
                       server,      station, local,    installServer,  dashboard});

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
    out.databaseGiven = parser.isSet(db);
    out.server = parser.value(server);
    out.serverGiven = parser.isSet(server);
    out.station = parser.value(station);
    out.forgetServer = parser.isSet(local);
    out.dashboard = parser.isSet(dashboard);
    if (out.dashboard && out.station.isEmpty())
        out.station = QStringLiteral("formateur");
    if (parser.isSet(installServer)) {
        bool ok = false;
        out.installStations = parser.value(installServer).toInt(&ok);
        if (!ok || out.installStations < 0 || out.installStations > 99 || !out.serverGiven) {
            err << QCoreApplication::translate(
                       "CommandLine", "--install-server N demande --server et un nombre de postes "
                                      "de 0 à 99.")
                << '\n';
            return 2;
        }
    }
    if (out.serverGiven && (parser.isSet(db) || out.forgetServer)) {
        err << QCoreApplication::translate("CommandLine",
                                           "--server ne va ni avec --db ni avec --local : "
                                           "choisissez le serveur de la salle ou un fichier.")
            << '\n';
        return 2;
    }
    out.importFile = parser.value(importPersonas);
    out.tourDirectory = parser.value(tour);
    out.handoutFile = parser.value(handout);
    out.listScenarios = parser.isSet(listScenarios);
    out.scenario = parser.value(scenario);
    out.trainer = parser.isSet(trainer);
    out.kiosk = parser.isSet(kiosk);
    out.participant = parser.value(participant);
    out.uxPlanFile = parser.value(uxPlan);
    out.debrief = parser.isSet(debrief);
    out.exportDirectory = parser.value(exportAttempts);
    const auto usage = [&err](const QString &message) {
        err << message << '\n'
            << QCoreApplication::translate("CommandLine", "Voir ameli-simulator --help.") << '\n';
        return 2;
    };
    if (parser.isSet(participant) && !isParticipantCode(out.participant)) {
        return usage(QCoreApplication::translate(
                         "CommandLine", "Code de participant invalide « %1 » : lettres, chiffres, "
                                        "- et _, 20 caractères au plus, jamais un nom.")
                         .arg(out.participant));
    }
    if (parser.isSet(since)) {
        const QString text = parser.value(since);
        QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
        if (!date.isValid())
            return usage(QCoreApplication::translate("CommandLine",
                                                     "Date invalide « %1 » pour --since : écrivez "
                                                     "AAAA-MM-JJ ou JJ/MM/AAAA.")
                             .arg(text));
        if (out.exportDirectory.isEmpty())
            return usage(QCoreApplication::translate("CommandLine",
                                                     "--since ne sert qu'avec --export-attempts."));
        out.since = QDateTime(date, QTime(0, 0));
    }
    const auto seconds = [&](const QCommandLineOption &option, int low, int high, int *into) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high)
            return false;
        *into = value;
        return true;
    };
    if (!seconds(kioskIdle, 10, 86400, &out.kioskIdleSeconds))
        return usage(QCoreApplication::translate("CommandLine",
                                                 "--kiosk-idle attend un nombre de secondes "
                                                 "entre 10 et 86400 : « %1 » ne convient pas.")
                         .arg(parser.value(kioskIdle)));
    if (!seconds(kioskCountdown, 5, 600, &out.kioskCountdownSeconds))
        return usage(QCoreApplication::translate("CommandLine",
                                                 "--kiosk-countdown attend un nombre de "
                                                 "secondes entre 5 et 600 : « %1 » ne convient "
                                                 "pas.")
                         .arg(parser.value(kioskCountdown)));
    if ((parser.isSet(kioskIdle) || parser.isSet(kioskCountdown)) && !out.kiosk)
        return usage(QCoreApplication::translate(
            "CommandLine", "--kiosk-idle et --kiosk-countdown ne servent qu'avec --kiosk."));
    if (parser.isSet(tour) && parser.isSet(handout))
        return usage(QCoreApplication::translate(
            "CommandLine", "--tour et --handout ne vont pas ensemble : lancez-les l'un après "
                           "l'autre."));
    if ((parser.isSet(tourSize) || parser.isSet(scaleOption)) && !parser.isSet(tour) &&
        !parser.isSet(handout))
        return usage(QCoreApplication::translate(
            "CommandLine", "--tour-size et --scale ne servent qu'avec --tour ou --handout."));
    if (parser.isSet(tourSize)) {
        static const QRegularExpression size(QStringLiteral("^([0-9]{3,4})[xX×]([0-9]{3,4})$"));
        const QRegularExpressionMatch m = size.match(parser.value(tourSize).trimmed());
        const QSize asked =
            m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (!asked.isValid() || asked.width() < 800 || asked.height() < 600 ||
            asked.width() > 3840 || asked.height() > 2160)
            return usage(QCoreApplication::translate(
                             "CommandLine", "--tour-size attend LARGEURxHAUTEUR, de 800x600 à "
                                            "3840x2160 (par exemple 1366x768) : « %1 » ne "
                                            "convient pas.")
                             .arg(parser.value(tourSize)));
        out.tourSize = asked;
    }
    // Print resolution unless asked otherwise: a 1100-pixel screen drawn twice over is 310 dpi
    // across an A4 page's width.
    if (parser.isSet(handout))
        out.scale = 2;
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        const double asked = QLocale::c().toDouble(
            parser.value(scaleOption).trimmed().replace(QLatin1Char(','), QLatin1Char('.')), &ok);
        if (!ok || asked < 1 || asked > 4)
            return usage(QCoreApplication::translate(
                             "CommandLine", "--scale attend un facteur de 1 à 4 (par exemple 2 "
                                            "ou 1,5) : « %1 » ne convient pas.")
                             .arg(parser.value(scaleOption)));
        out.scale = asked;
    }
    if (!out.uxPlanFile.isEmpty() && out.participant.isEmpty())
        return usage(QCoreApplication::translate(
            "CommandLine", "--ux-plan demande aussi --participant CODE (par exemple P07)."));
    if (!out.uxPlanFile.isEmpty() && !out.scenario.isEmpty())
        return usage(QCoreApplication::translate(
            "CommandLine", "--ux-plan et --scenario ne vont pas ensemble : le plan choisit "
                           "ses scénarios."));
    return std::nullopt;
}

QString CommandLine::languageAsked(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == u"--lang" || a == u"-lang") && i + 1 < arguments.size())
            return arguments.at(i + 1) == u"en" ? QStringLiteral("en") : QStringLiteral("fr");
        if (a == u"--lang=en" || a == u"-lang=en")
            return QStringLiteral("en");
    }
    return QStringLiteral("fr");
}

bool CommandLine::isParticipantCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
    return pattern.match(code).hasMatch();
}
