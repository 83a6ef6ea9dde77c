#include "HandoutContent.h"

#include "rules/JourneyDelays.h"

#include <QCoreApplication>

namespace ameli {

QString HandoutContent::title()
{
    return QCoreApplication::translate("HandoutContent", "Pas-à-pas : Utiliser un code provisoire");
}

QString HandoutContent::subtitle()
{
    return QCoreApplication::translate(
        "HandoutContent",
        "Le parcours du compte ameli écran par écran, de la page de connexion au compte "
        "activé, avec les explications du guide officiel.");
}

QString HandoutContent::trainingNotice()
{
    return QCoreApplication::translate(
        "HandoutContent",
        "Document de formation. Les écrans viennent du simulateur de formation : toutes "
        "les personnes, numéros et adresses sont fictifs. Ce n'est pas le site de "
        "l'Assurance Maladie.");
}

QList<HandoutStep> HandoutContent::steps()
{
    return {
        {QStringLiteral("accueil-ameli-fr"),
         QCoreApplication::translate("HandoutContent",
                                     "Possibilité 1 : le compte ameli depuis ameli.fr"),
         QStringLiteral("A1"),
         {QCoreApplication::translate("HandoutContent",
                                      "L'assuré se rend sur le compte ameli via le site ameli.fr."),
          QCoreApplication::translate(
              "HandoutContent",
              "L'assuré peut récupérer son code provisoire à 4 chiffres en cliquant sur "
              "« Connectez-vous ».")}},
        {QStringLiteral("connexion-assure-ameli-fr"),
         QCoreApplication::translate("HandoutContent",
                                     "Possibilité 2 : le compte ameli depuis assure.ameli.fr"),
         QStringLiteral("A2, A3"),
         {QCoreApplication::translate(
              "HandoutContent",
              "L'assuré se rend sur le compte ameli via le site assure.ameli.fr."),
          QCoreApplication::translate(
              "HandoutContent",
              "Pour générer un nouveau mot de passe, l'assuré clique sur « Code oublié ? ».")}},
        {QStringLiteral("code-oublie-captcha"),
         QCoreApplication::translate("HandoutContent",
                                     "Code oublié : les informations à compléter"),
         QStringLiteral("F1, F2"),
         {QCoreApplication::translate(
              "HandoutContent",
              "L'assuré renseigne son numéro de sécurité sociale ainsi que sa date de naissance."),
          QCoreApplication::translate(
              "HandoutContent",
              "L'assuré écrit les caractères lus ou entendus pour passer à la suite."),
          QCoreApplication::translate(
              "HandoutContent",
              "L'assuré peut cliquer sur la flèche pour obtenir une nouvelle liste de caractères "
              "à recopier."),
          QCoreApplication::translate(
              "HandoutContent",
              "Il peut également cliquer sur le microphone pour écouter la série de caractères à "
              "recopier.")}},
        {QStringLiteral("code-oublie-captcha-errone"),
         QCoreApplication::translate("HandoutContent", "Code oublié : une erreur de saisie"),
         QStringLiteral("F4"),
         {QCoreApplication::translate(
             "HandoutContent",
             "Si l'assuré se trompe dans la saisie du texte à recopier, il peut recommencer.")}},
        {QStringLiteral("code-oublie-captcha-delai-depasse"),
         QCoreApplication::translate("HandoutContent", "Code oublié : le délai de 5 minutes"),
         QStringLiteral("F3"),
         {QCoreApplication::translate(
              "HandoutContent",
              "L'assuré dispose de 5 minutes pour lire ou écouter le code à recopier et le saisir "
              "dans la cartouche."),
          QCoreApplication::translate(
              "HandoutContent",
              "Passé ce délai, il obtient une nouvelle série de caractères avec la flèche.")}},
        {QStringLiteral("code-provisoire-envoye"),
         QCoreApplication::translate("HandoutContent", "Le code provisoire est envoyé"),
         QStringLiteral("F5"),
         {QCoreApplication::translate(
             "HandoutContent", "L'assuré reçoit son code provisoire sur son adresse mail.")}},
        {QStringLiteral("messagerie-code-provisoire"),
         QCoreApplication::translate("HandoutContent", "Le mail du code provisoire"),
         QStringLiteral("F5, F6"),
         {QCoreApplication::translate(
              "HandoutContent",
              "L'assuré récupère le code provisoire envoyé sur son adresse mail."),
          QCoreApplication::translate(
              "HandoutContent",
              "À noter que le code provisoire par mail est valable pour une durée de 30 minutes."),
          QCoreApplication::translate(
              "HandoutContent",
              "Passé ce délai, l'assuré devra refaire la démarche de code oublié.")}},
        {QStringLiteral("connexion-code-provisoire"),
         QCoreApplication::translate("HandoutContent", "Se connecter avec le code provisoire"),
         QStringLiteral("L1"),
         {QCoreApplication::translate(
              "HandoutContent",
              "L'assuré renseigne son numéro de sécurité sociale, et inscrit le code provisoire à "
              "4 chiffres reçu."),
          QCoreApplication::translate(
              "HandoutContent",
              "Pour passer à l'étape suivante, l'assuré clique sur « Me connecter ».")}},
        {QStringLiteral("etape1-conditions"),
         QCoreApplication::translate("HandoutContent", "Étape 1 : les conditions d'utilisation"),
         QStringLiteral("C1, C2"),
         {QCoreApplication::translate("HandoutContent",
                                      "L'assuré accepte les Conditions Générales d'Utilisation."),
          QCoreApplication::translate("HandoutContent",
                                      "Sans acceptation, il ne peut pas continuer.")}},
        {QStringLiteral("etape2-code-personnel"),
         QCoreApplication::translate("HandoutContent", "Étape 2 : le code personnel"),
         QStringLiteral("P1-P8"),
         {QCoreApplication::translate("HandoutContent",
                                      "L'assuré choisit le code personnel de son compte."),
          QCoreApplication::translate(
              "HandoutContent",
              "L'assuré saisit un code personnel au format alphanumérique : entre 8 et 50 "
              "caractères, des minuscules et des majuscules, un chiffre ou un caractère spécial, "
              "sans son n° de sécurité sociale ni sa date de naissance."),
          QCoreApplication::translate(
              "HandoutContent",
              "L'indicateur de sécurité est indicatif ; le code est saisi deux fois.")}},
        {QStringLiteral("etape3-coordonnees"),
         QCoreApplication::translate("HandoutContent", "Étape 3 : les coordonnées"),
         QStringLiteral("D1-D4"),
         {QCoreApplication::translate(
              "HandoutContent",
              "L'assuré renseigne obligatoirement son mail. Il renseigne ses numéros de "
              "téléphone."),
          QCoreApplication::translate(
              "HandoutContent",
              "L'adresse mail de l'utilisateur doit être unique : elle ne doit pas être déjà "
              "utilisée par un autre compte (d'un membre de la famille par exemple)."),
          QCoreApplication::translate(
              "HandoutContent",
              "Cette adresse doit être facilement consultable par l'assuré, car il y recevra tous "
              "les courriers et notifications de l'Assurance Maladie."),
          QCoreApplication::translate(
              "HandoutContent",
              "Il donne également son consentement pour que l'Assurance Maladie lui communique "
              "des informations promotionnelles sur ses services.")}},
        {QStringLiteral("validation-de-mon-email"),
         QCoreApplication::translate("HandoutContent", "Validation de l'email"),
         QStringLiteral("V1"),
         {QCoreApplication::translate("HandoutContent", "L'assuré est alors déconnecté du compte."),
          QCoreApplication::translate(
              "HandoutContent", "Un message l'invite à consulter sa messagerie personnelle.")}},
        {QStringLiteral("messagerie-lien-de-validation"),
         QCoreApplication::translate("HandoutContent", "Le mail de confirmation"),
         QStringLiteral("V2, V3"),
         {QCoreApplication::translate(
              "HandoutContent",
              "Pour activer son compte ameli, l'assuré doit cliquer sur le lien présent dans "
              "l'email de confirmation."),
          QCoreApplication::translate(
              "HandoutContent",
              "L'assuré dispose de 7 jours pour valider son adresse mail et finaliser le "
              "processus d'adhésion au compte ameli.")}},
        {QStringLiteral("lien-expire-8-jours"),
         QCoreApplication::translate("HandoutContent", "Au-delà de 7 jours"),
         QStringLiteral("V4"),
         {QCoreApplication::translate(
              "HandoutContent",
              "Au-delà de 7 jours mais avant 21 jours : si l'assuré clique sur le lien ou se "
              "connecte à son compte, celui-ci lui indique que le lien n'est plus actif."),
          QCoreApplication::translate(
              "HandoutContent",
              "Deux possibilités sont alors proposées à l'assuré : se faire renvoyer le lien à la "
              "même adresse mail, ou à une adresse mail différente.")}},
        {QStringLiteral("ancien-lien"),
         QCoreApplication::translate("HandoutContent", "Le lien d'un ancien mail"),
         QStringLiteral("V7, T7"),
         {QCoreApplication::translate(
              "HandoutContent", "Seul le lien du mail de validation le plus récent fonctionne."),
          QCoreApplication::translate(
              "HandoutContent",
              "Si l'assuré clique sur le lien d'un ancien mail de validation, il convient de "
              "rechercher le mail de validation le plus récent.")}},
        {QStringLiteral("lien-expire-22-jours"),
         QCoreApplication::translate("HandoutContent", "Au-delà de 21 jours"),
         QStringLiteral("V5"),
         {QCoreApplication::translate(
              "HandoutContent",
              "Au-delà de 21 jours, l'adresse mail de l'assuré n'est plus mémorisée."),
          QCoreApplication::translate(
              "HandoutContent",
              "Si l'assuré clique sur le lien ou se connecte à son compte, il lui est demandé de "
              "saisir une adresse mail valide, et un lien à activer lui est de nouveau envoyé sur "
              "sa messagerie personnelle.")}},
        {QStringLiteral("messagerie-recherche"),
         QCoreApplication::translate("HandoutContent", "Retrouver le mail de validation"),
         QStringLiteral("T8"),
         {QCoreApplication::translate(
             "HandoutContent",
             "Le mail se retrouve dans la boîte de réception et les fils de discussion des "
             "anciens messages en recherchant « Votre compte ameli - Confirmation de votre "
             "adresse mail » (libellé du mail) ou « Votre Assurance Maladie » (expéditeur).")}},
        {QStringLiteral("compte-ameli"),
         QCoreApplication::translate("HandoutContent", "Le compte ameli est activé"),
         QStringLiteral("V6"),
         {QCoreApplication::translate(
              "HandoutContent",
              "L'assuré peut alors accéder à son compte via le web ou dans l'application ameli."),
          QCoreApplication::translate(
              "HandoutContent",
              "Il se connecte avec son numéro de sécurité sociale et son code personnel.")}},
    };
}

QString HandoutContent::delaysTitle()
{
    return QCoreApplication::translate("HandoutContent", "Les délais du parcours");
}

QString HandoutContent::duration(std::chrono::milliseconds delay)
{
    using namespace std::chrono;
    const auto minutesCount = duration_cast<minutes>(delay).count();
    // Written out rather than with %n: the source strings are French and only English has a
    // catalogue, so French plural forms would read « jour(s) ».
    if (minutesCount % (24 * 60) == 0) {
        const auto days = minutesCount / (24 * 60);
        return days == 1 ? QCoreApplication::translate("HandoutContent", "1 jour")
                         : QCoreApplication::translate("HandoutContent", "%1 jours").arg(days);
    }
    return minutesCount == 1
               ? QCoreApplication::translate("HandoutContent", "1 minute")
               : QCoreApplication::translate("HandoutContent", "%1 minutes").arg(minutesCount);
}

QList<HandoutDelay> HandoutContent::delays()
{
    return {
        {QCoreApplication::translate("HandoutContent", "Recopier les caractères du CAPTCHA"),
         duration(delays::kCaptchaLifetime),
         QCoreApplication::translate(
             "HandoutContent",
             "Les caractères ne sont plus acceptés : l'assuré demande une nouvelle série (la "
             "flèche)."),
         QStringLiteral("F3")},
        {QCoreApplication::translate("HandoutContent",
                                     "Se connecter avec le code provisoire reçu par mail"),
         duration(delays::kProvisionalCodeLifetime),
         QCoreApplication::translate(
             "HandoutContent",
             "Le code n'est plus valable : l'assuré refait la démarche « Code oublié ? »."),
         QStringLiteral("F6")},
        {QCoreApplication::translate("HandoutContent", "Cliquer sur le lien du mail de validation"),
         duration(delays::kValidationLinkLifetime),
         QCoreApplication::translate(
             "HandoutContent",
             "Le lien n'est plus actif : il est renvoyé à la même adresse ou à une adresse "
             "différente."),
         QStringLiteral("V3, V4")},
        {QCoreApplication::translate("HandoutContent", "L'adresse mail reste mémorisée"),
         duration(delays::kEmailKeptFor),
         QCoreApplication::translate(
             "HandoutContent",
             "L'adresse est oubliée : l'assuré saisit une adresse valide, un nouveau lien y est "
             "envoyé."),
         QStringLiteral("V5")},
    };
}

QString HandoutContent::adviceTitle()
{
    return QCoreApplication::translate("HandoutContent", "Le mail de validation n'est pas arrivé");
}

QString HandoutContent::adviceIntro()
{
    return QCoreApplication::translate(
        "HandoutContent",
        "Si l'assuré n'a pas reçu le mail de validation pour finaliser l'ouverture du "
        "compte ameli, il convient de vérifier si :");
}

QList<HandoutAdvice> HandoutContent::advice()
{
    return {
        {QString(),
         {QCoreApplication::translate(
              "HandoutContent", "l'adresse mail renseignée dans le compte ameli est exacte (T1) ;"),
          QCoreApplication::translate(
              "HandoutContent",
              "le mail de validation est présent dans les courriels indésirables / spams (T2) ;"),
          QCoreApplication::translate(
              "HandoutContent",
              "la non-réception du mail se confirme en utilisant une autre adresse e-mail, créée "
              "chez le même fournisseur ou chez un fournisseur différent (T3) ;"),
          QCoreApplication::translate(
              "HandoutContent",
              "pour les messageries Outlook, l'utilisation d'Outlook est possible sans passer par "
              "le client du fournisseur d'accès : se rapprocher du fournisseur d'accès pour le "
              "déterminer (T4).")}},
        {QCoreApplication::translate(
             "HandoutContent", "Les autres causes possibles : le mail non réceptionné peut être :"),
         {QCoreApplication::translate(
              "HandoutContent",
              "automatiquement supprimé par les paramètres de messagerie de l'assuré ; par "
              "exemple, une liste rouge d'un opérateur supprime parfois les mails de l'Assurance "
              "Maladie contenant le mot « confirmation » (T5) ;"),
          QCoreApplication::translate(
              "HandoutContent",
              "bloqué, ou son lien de validation bloqué, par un antivirus, le logiciel de "
              "messagerie ou le fournisseur de l'adresse mail (T6).")}},
        {QCoreApplication::translate("HandoutContent",
                                     "Des manipulations peuvent aider à retrouver le mail "
                                     "introuvable, pour vérifier que :"),
         {QCoreApplication::translate(
              "HandoutContent",
              "l'on ne clique pas sur le lien présent dans un ancien mail de validation (suite à "
              "plusieurs mises à jour par exemple) : il convient de rechercher le mail de "
              "validation le plus récent (T7) ;"),
          QCoreApplication::translate(
              "HandoutContent",
              "le mail ne se trouve pas dans la boîte de réception et les fils de discussion des "
              "anciens messages, en recherchant avec les mots clés « Votre compte ameli - "
              "Confirmation de votre adresse mail » (libellé du mail reçu) et « Votre Assurance "
              "Maladie » (expéditeur du mail) (T8).")}},
    };
}

} // namespace ameli
