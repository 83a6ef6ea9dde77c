#include "GuideTexts.h"

#include <QCoreApplication>

namespace ameli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GuideTexts", text);
}

} // namespace

QStringList GuideTexts::Home::inOrder() const
{
    return QStringList{title, intro, haveAccount, connect, noAccount, createAccount, servicesTitle}
           + services;
}

QStringList GuideTexts::Login::inOrder() const
{
    return {title,        nirLabel, whereIsNumber, codeLabel,           forgottenCode, allMandatory,
            connect,      orText,   franceConnect, whatIsFranceConnect, firstVisit};
}

QStringList GuideTexts::Conditions::inOrder() const
{
    return {title, intro, paperless, mandatoryEmail, moreInfo, detailedLink, accept, refuse,
            cancel, proceed};
}

QStringList GuideTexts::PersonalCode::inOrder() const
{
    return {title, advice, mustTitle, mandatoryNote, newCode, strength, confirmCode};
}

QStringList GuideTexts::ContactDetails::inOrder() const
{
    return {title, emailSection, email,   emailConfirmation, emailPromo, phoneSection,
            mobile, phonePromo,  byPhone, bySms,             landline};
}

QStringList GuideTexts::ValidationPending::inOrder() const
{
    return {title, text};
}

GuideTexts::Home GuideTexts::home()
{
    return {tr("Ici, vous accédez à votre compte ameli"),
            tr("Vous suivez vos remboursements, téléchargez vos attestations, effectuez vos "
               "démarches en ligne..."),
            tr("Vous avez déjà un compte ameli (ou un code donné par votre Caisse)"),
            tr("Connectez-vous"),
            tr("Vous n'avez pas de compte ameli"),
            tr("Créer votre compte"),
            tr("Les services du compte ameli"),
            {tr("Attestations de droits"), tr("Paiements et remboursements"), tr("Carte Vitale"),
             tr("Carte Européenne d'Assurance Maladie"), tr("Changement de situation")}};
}

GuideTexts::Login GuideTexts::login()
{
    return {tr("J'accède à mon compte ameli"),
            tr("Mon numéro de sécurité sociale"),
            tr("Où trouver mon numéro de sécurité sociale ?"),
            tr("Mon code personnel (ou provisoire à 4 chiffres)"),
            tr("Code oublié ?"),
            tr("Tous les champs sont obligatoires."),
            tr("ME CONNECTER"),
            tr("OU"),
            tr("S'identifier avec FranceConnect"),
            tr("Qu'est-ce que FranceConnect ?"),
            tr("Première visite ? Créer un compte")};
}

GuideTexts::ForgottenCode GuideTexts::forgottenCode()
{
    return {tr("Code oublié ?"),
            tr("Mon numéro de sécurité sociale"),
            tr("Ma date de naissance (JJ/MM/AAAA)"),
            tr("Vérification de sécurité"),
            tr("Saisissez les caractères affichés ci-dessous."),
            tr("Nouvelle série de caractères"),
            tr("Écouter les caractères"),
            tr("Vous disposez de 5 minutes pour lire ou écouter les caractères et les saisir. Si "
               "vous vous trompez, vous pouvez recommencer."),
            tr("VALIDER")};
}

QString GuideTexts::stepHeader()
{
    return tr("Étape 1 > Étape 2 > Étape 3");
}

GuideTexts::Conditions GuideTexts::conditions()
{
    return {tr("J'accepte les conditions d'utilisation"),
            tr("Pour accéder aux services de votre compte, vous devez d'abord accepter les "
               "conditions d'utilisation :"),
            tr("En adhérant au compte ameli, vous acceptez de ne plus recevoir vos relevés de "
               "prestations par courrier postal au profit d'une consultation en ligne."),
            tr("La saisie d'une adresse email est obligatoire pour bénéficier des services du "
               "compte. En renseignant et confirmant votre email, vous acceptez de recevoir dans "
               "la messagerie du compte, tout ou partie des courriers et messages de l'Assurance "
               "Maladie."),
            tr("Pour plus d'informations, consultez"),
            tr("les conditions d'utilisation détaillées"),
            tr("Oui, j'accepte"),
            tr("Non, je refuse"),
            tr("ANNULER"),
            tr("CONTINUER")};
}

GuideTexts::PersonalCode GuideTexts::personalCode()
{
    return {tr("Je choisis un code personnel"),
            tr("Pour maintenir la confidentialité de vos informations, nous vous recommandons de "
               "ne pas choisir un code que vous utilisez déjà sur un autre site."),
            tr("Votre code personnel doit :"),
            tr("* champ obligatoire"),
            tr("Mon nouveau code *"),
            tr("Niveau indicatif de sécurité :"),
            tr("Confirmer mon nouveau code *")};
}

GuideTexts::ContactDetails GuideTexts::contactDetails()
{
    return {tr("Informations personnelles"),
            tr("Je saisis mon adresse email"),
            tr("Saisissez votre adresse email : *"),
            tr("Je confirme mon adresse email : *"),
            tr("J'autorise l'Assurance Maladie à m'envoyer par email des informations "
               "promotionnelles sur ses services :"),
            tr("Je saisis mes coordonnées téléphoniques"),
            tr("Saisissez votre n° de téléphone portable :"),
            tr("J'autorise l'Assurance Maladie à me communiquer des informations promotionnelles "
               "sur ses services :"),
            tr("Par Téléphone :"),
            tr("Par SMS :"),
            tr("Saisissez votre n° de téléphone fixe :"),
            tr("Oui"),
            tr("Non")};
}

GuideTexts::ValidationPending GuideTexts::validationPending()
{
    return {tr("VALIDATION DE MON EMAIL"),
            tr("Pour finaliser la création de votre compte, merci de cliquer sur le lien reçu par "
               "email.")};
}

QString GuideTexts::accountAccess()
{
    return tr("Vous pouvez accéder à votre compte via le web ou dans l'application ameli.");
}

QString GuideTexts::whereIsMyNumber()
{
    return tr("Votre numéro de sécurité sociale figure sur votre carte Vitale et sur votre "
              "attestation de droits. Saisissez ses 13 premiers caractères ; les 2 derniers "
              "chiffres, la clé, sont facultatifs.");
}

QString GuideTexts::whatIsFranceConnect()
{
    return tr("FranceConnect est le dispositif de l'État qui permet de vous identifier sur les "
              "services en ligne avec un compte que vous possédez déjà (impots.gouv.fr, "
              "l'Identité Numérique La Poste...).");
}

QString GuideTexts::franceConnectOutsideSimulation()
{
    return tr("La connexion avec FranceConnect ne fait pas partie de ce simulateur : utilisez "
              "votre numéro de sécurité sociale et votre code.");
}

QString GuideTexts::accountCreationOutsideSimulation()
{
    return tr("La création d'un compte ne fait pas partie de ce simulateur. Un code provisoire "
              "s'obtient auprès de votre caisse d'Assurance Maladie, ou avec « Code oublié ? » "
              "sur la page de connexion si une adresse email est connue de votre caisse.");
}

QString GuideTexts::detailedConditions()
{
    return tr("Conditions d'utilisation (résumé pour la simulation) : le compte ameli est "
              "personnel ; vos relevés de prestations sont consultables en ligne ; l'Assurance "
              "Maladie vous écrit dans la messagerie du compte et vous prévient par email ; vous "
              "pouvez fermer votre compte à tout moment.");
}

} // namespace ameli
