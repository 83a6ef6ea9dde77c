#include "GuideTexts.h"

#include <QCoreApplication>

namespace ameli {

QStringList GuideTexts::Home::inOrder() const
{
    return QStringList{title,     intro,         haveAccount,  connect,
                       noAccount, createAccount, servicesTitle} +
           services;
}

QStringList GuideTexts::Login::inOrder() const
{
    return {title,   nirLabel, whereIsNumber, codeLabel,           forgottenCode, allMandatory,
            connect, orText,   franceConnect, whatIsFranceConnect, firstVisit};
}

QStringList GuideTexts::Conditions::inOrder() const
{
    return {title,        intro,  paperless, mandatoryEmail, moreInfo,
            detailedLink, accept, refuse,    cancel,         proceed};
}

QStringList GuideTexts::PersonalCode::inOrder() const
{
    return {title, advice, mustTitle, mandatoryNote, newCode, strength, confirmCode};
}

QStringList GuideTexts::ContactDetails::inOrder() const
{
    return {title,      emailSection, email, emailConfirmation, emailPromo, phoneSection, mobile,
            phonePromo, byPhone,      bySms, landline};
}

QStringList GuideTexts::ValidationPending::inOrder() const
{
    return {title, text};
}

GuideTexts::Home GuideTexts::home()
{
    return {QCoreApplication::translate("GuideTexts", "Ici, vous accédez à votre compte ameli"),
            QCoreApplication::translate(
                "GuideTexts",
                "Vous suivez vos remboursements, téléchargez vos attestations, effectuez vos "
                "démarches en ligne..."),
            QCoreApplication::translate(
                "GuideTexts", "Vous avez déjà un compte ameli (ou un code donné par votre Caisse)"),
            QCoreApplication::translate("GuideTexts", "Connectez-vous"),
            QCoreApplication::translate("GuideTexts", "Vous n'avez pas de compte ameli"),
            QCoreApplication::translate("GuideTexts", "Créer votre compte"),
            QCoreApplication::translate("GuideTexts", "Les services du compte ameli"),
            {QCoreApplication::translate("GuideTexts", "Attestations de droits"),
             QCoreApplication::translate("GuideTexts", "Paiements et remboursements"),
             QCoreApplication::translate("GuideTexts", "Carte Vitale"),
             QCoreApplication::translate("GuideTexts", "Carte Européenne d'Assurance Maladie"),
             QCoreApplication::translate("GuideTexts", "Changement de situation")}};
}

GuideTexts::Login GuideTexts::login()
{
    return {
        QCoreApplication::translate("GuideTexts", "J'accède à mon compte ameli"),
        QCoreApplication::translate("GuideTexts", "Mon numéro de sécurité sociale"),
        QCoreApplication::translate("GuideTexts", "Où trouver mon numéro de sécurité sociale ?"),
        QCoreApplication::translate("GuideTexts",
                                    "Mon code personnel (ou provisoire à 4 chiffres)"),
        QCoreApplication::translate("GuideTexts", "Code oublié ?"),
        QCoreApplication::translate("GuideTexts", "Tous les champs sont obligatoires."),
        QCoreApplication::translate("GuideTexts", "ME CONNECTER"),
        QCoreApplication::translate("GuideTexts", "OU"),
        QCoreApplication::translate("GuideTexts", "S'identifier avec FranceConnect"),
        QCoreApplication::translate("GuideTexts", "Qu'est-ce que FranceConnect ?"),
        QCoreApplication::translate("GuideTexts", "Première visite ? Créer un compte")};
}

GuideTexts::ForgottenCode GuideTexts::forgottenCode()
{
    return {
        QCoreApplication::translate("GuideTexts", "Code oublié ?"),
        QCoreApplication::translate("GuideTexts", "Mon numéro de sécurité sociale"),
        QCoreApplication::translate("GuideTexts", "Ma date de naissance (JJ/MM/AAAA)"),
        QCoreApplication::translate("GuideTexts", "Vérification de sécurité"),
        QCoreApplication::translate("GuideTexts", "Saisissez les caractères affichés ci-dessous."),
        // The guide: "la flèche pour obtenir une nouvelle liste de caractères", "le microphone
        // pour écouter la série de caractères".
        QCoreApplication::translate("GuideTexts", "Nouvelle liste de caractères (flèche)"),
        QCoreApplication::translate("GuideTexts", "Écouter les caractères (microphone)"),
        QCoreApplication::translate(
            "GuideTexts",
            "Vous disposez de 5 minutes pour lire ou écouter les caractères et les saisir. Si "
            "vous vous trompez, vous pouvez recommencer."),
        QCoreApplication::translate("GuideTexts", "VALIDER")};
}

QString GuideTexts::stepHeader()
{
    return QCoreApplication::translate("GuideTexts", "Étape 1 > Étape 2 > Étape 3");
}

GuideTexts::Conditions GuideTexts::conditions()
{
    return {QCoreApplication::translate("GuideTexts", "J'accepte les conditions d'utilisation"),
            QCoreApplication::translate(
                "GuideTexts",
                "Pour accéder aux services de votre compte, vous devez d'abord accepter les "
                "conditions d'utilisation :"),
            QCoreApplication::translate(
                "GuideTexts",
                "En adhérant au compte ameli, vous acceptez de ne plus recevoir vos relevés de "
                "prestations par courrier postal au profit d'une consultation en ligne."),
            QCoreApplication::translate(
                "GuideTexts",
                "La saisie d'une adresse email est obligatoire pour bénéficier des services du "
                "compte. En renseignant et confirmant votre email, vous acceptez de recevoir dans "
                "la messagerie du compte, tout ou partie des courriers et messages de l'Assurance "
                "Maladie."),
            QCoreApplication::translate("GuideTexts", "Pour plus d'informations, consultez"),
            QCoreApplication::translate("GuideTexts", "les conditions d'utilisation détaillées"),
            QCoreApplication::translate("GuideTexts", "Oui, j'accepte"),
            QCoreApplication::translate("GuideTexts", "Non, je refuse"),
            QCoreApplication::translate("GuideTexts", "ANNULER"),
            QCoreApplication::translate("GuideTexts", "CONTINUER")};
}

GuideTexts::PersonalCode GuideTexts::personalCode()
{
    return {QCoreApplication::translate("GuideTexts", "Je choisis un code personnel"),
            QCoreApplication::translate(
                "GuideTexts",
                "Pour maintenir la confidentialité de vos informations, nous vous recommandons de "
                "ne pas choisir un code que vous utilisez déjà sur un autre site."),
            QCoreApplication::translate("GuideTexts", "Votre code personnel doit :"),
            QCoreApplication::translate("GuideTexts", "* champ obligatoire"),
            QCoreApplication::translate("GuideTexts", "Mon nouveau code *"),
            QCoreApplication::translate("GuideTexts", "Niveau indicatif de sécurité :"),
            QCoreApplication::translate("GuideTexts", "Confirmer mon nouveau code *")};
}

GuideTexts::ContactDetails GuideTexts::contactDetails()
{
    return {QCoreApplication::translate("GuideTexts", "Informations personnelles"),
            QCoreApplication::translate("GuideTexts", "Je saisis mon adresse email"),
            QCoreApplication::translate("GuideTexts", "Saisissez votre adresse email : *"),
            QCoreApplication::translate("GuideTexts", "Je confirme mon adresse email : *"),
            QCoreApplication::translate(
                "GuideTexts",
                "J'autorise l'Assurance Maladie à m'envoyer par email des informations "
                "promotionnelles sur ses services :"),
            QCoreApplication::translate("GuideTexts", "Je saisis mes coordonnées téléphoniques"),
            QCoreApplication::translate("GuideTexts", "Saisissez votre n° de téléphone portable :"),
            QCoreApplication::translate(
                "GuideTexts",
                "J'autorise l'Assurance Maladie à me communiquer des informations promotionnelles "
                "sur ses services :"),
            QCoreApplication::translate("GuideTexts", "Par Téléphone :"),
            QCoreApplication::translate("GuideTexts", "Par SMS :"),
            QCoreApplication::translate("GuideTexts", "Saisissez votre n° de téléphone fixe :"),
            QCoreApplication::translate("GuideTexts", "Oui"),
            QCoreApplication::translate("GuideTexts", "Non")};
}

GuideTexts::ValidationPending GuideTexts::validationPending()
{
    return {QCoreApplication::translate("GuideTexts", "VALIDATION DE MON EMAIL"),
            QCoreApplication::translate(
                "GuideTexts",
                "Pour finaliser la création de votre compte, merci de cliquer sur le lien reçu par "
                "email.")};
}

QString GuideTexts::accountAccess()
{
    return QCoreApplication::translate(
        "GuideTexts", "Vous pouvez accéder à votre compte via le web ou dans l'application ameli.");
}

QString GuideTexts::whereIsMyNumber()
{
    return QCoreApplication::translate(
        "GuideTexts",
        "Votre numéro de sécurité sociale figure sur votre carte Vitale et sur votre "
        "attestation de droits. Saisissez ses 13 premiers caractères ; les 2 derniers "
        "chiffres, la clé, sont facultatifs.");
}

QString GuideTexts::whatIsFranceConnect()
{
    return QCoreApplication::translate(
        "GuideTexts",
        "FranceConnect est le dispositif de l'État qui permet de vous identifier sur les "
        "services en ligne avec un compte que vous possédez déjà (impots.gouv.fr, "
        "l'Identité Numérique La Poste...).");
}

QString GuideTexts::franceConnectOutsideSimulation()
{
    return QCoreApplication::translate(
        "GuideTexts",
        "La connexion avec FranceConnect ne fait pas partie de ce simulateur : utilisez "
        "votre numéro de sécurité sociale et votre code.");
}

QString GuideTexts::accountCreationOutsideSimulation()
{
    return QCoreApplication::translate(
        "GuideTexts",
        "La création d'un compte ne fait pas partie de ce simulateur. Un code provisoire "
        "s'obtient auprès de votre caisse d'Assurance Maladie, ou avec « Code oublié ? » "
        "sur la page de connexion si une adresse email est connue de votre caisse.");
}

QString GuideTexts::detailedConditions()
{
    return QCoreApplication::translate(
        "GuideTexts",
        "Conditions d'utilisation (résumé pour la simulation) : le compte ameli est "
        "personnel ; vos relevés de prestations sont consultables en ligne ; l'Assurance "
        "Maladie vous écrit dans la messagerie du compte et vous prévient par email ; vous "
        "pouvez fermer votre compte à tout moment.");
}

} // namespace ameli
