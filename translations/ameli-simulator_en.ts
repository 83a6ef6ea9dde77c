<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>À propos du simulateur</source>
        <translation>About the simulator</translation>
    </message>
    <message>
        <source>Simulateur du compte ameli</source>
        <translation>ameli account simulator</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Simulateur de formation du parcours « compte ameli » : connexion, code oublié, CAPTCHA, code provisoire, activation et validation de l&apos;email.</source>
        <translation>Training simulator of the &quot;compte ameli&quot; journey: login, forgotten code, CAPTCHA, provisional code, activation and email validation.</translation>
    </message>
    <message>
        <source>Toutes les personnes, numéros de sécurité sociale et adresses sont fictifs. Ce n&apos;est pas le site de l&apos;Assurance Maladie : le simulateur fonctionne hors ligne et ne se connecte jamais au vrai service. N&apos;y saisissez jamais de vraies données.</source>
        <translation>Every person, social security number and address in it is fictitious. This is not Assurance Maladie&apos;s website: the simulator works offline and never connects to the real service. Never type real data into it.</translation>
    </message>
    <message>
        <source>Il suit le guide « Pas-à-pas : Utiliser un code provisoire » de l&apos;Assurance Maladie, dont il reprend les textes et les délais.</source>
        <translation>It follows Assurance Maladie&apos;s guide &quot;Pas-à-pas : Utiliser un code provisoire&quot; (step by step: using a provisional code), whose texts and delays it uses.</translation>
    </message>
    <message>
        <source>Logiciel libre sous licence GNU GPL version 3 ou ultérieure (GPL-3.0-or-later), fourni sans aucune garantie.</source>
        <translation>Free software under the GNU GPL version 3 or later (GPL-3.0-or-later), provided without any warranty.</translation>
    </message>
    <message>
        <source>Il utilise : Qt 6 (LGPL-3), libsodium (ISC), zxcvbn-c (MIT), libphonenumber (Apache-2.0) ; les voix du CAPTCHA sonore ont été enregistrées avec espeak-ng (GPL-3). Ces bibliothèques viennent de Debian, chacune avec sa licence.</source>
        <translation>It uses: Qt 6 (LGPL-3), libsodium (ISC), zxcvbn-c (MIT), libphonenumber (Apache-2.0); the audio CAPTCHA&apos;s voice was recorded with espeak-ng (GPL-3). These libraries come from Debian, each under its own licence.</translation>
    </message>
    <message>
        <source>Guide d&apos;utilisation</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Licence du simulateur</source>
        <translation>The simulator&apos;s licence</translation>
    </message>
    <message>
        <source>Texte de la licence</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 ou ultérieure : le texte complet est sur https://www.gnu.org/licenses/gpl-3.0.html (il n&apos;est pas sur ce poste).</source>
        <translation>GNU General Public License, version 3 or later: the full text is at https://www.gnu.org/licenses/gpl-3.0.html (it is not on this computer).</translation>
    </message>
</context>
<context>
    <name>AccountCreationPage</name>
    <message>
        <source>Créer un compte ameli</source>
        <translation>Create an ameli account</translation>
    </message>
    <message>
        <source>&amp;Aller à la page de connexion</source>
        <translation>&amp;Go to the login page</translation>
    </message>
</context>
<context>
    <name>AccountHomePage</name>
    <message>
        <source>Mon compte ameli</source>
        <translation>My ameli account</translation>
    </message>
    <message>
        <source>Ce service ne fait pas partie de la simulation.</source>
        <translation>This service is not part of the simulation.</translation>
    </message>
    <message>
        <source>« %1 » ne fait pas partie de la simulation : le parcours s&apos;arrête à l&apos;activation du compte.</source>
        <translation>“%1” is not part of the simulation: the journey ends when the account is activated.</translation>
    </message>
    <message>
        <source>Me &amp;déconnecter</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Me déconnecter</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Bonjour %1 %2</source>
        <translation>Hello %1 %2</translation>
    </message>
</context>
<context>
    <name>AccountState</name>
    <message>
        <source>Pas de code</source>
        <translation>No code</translation>
    </message>
    <message>
        <source>Code provisoire envoyé</source>
        <translation>Provisional code sent</translation>
    </message>
    <message>
        <source>Conditions acceptées</source>
        <translation>Conditions accepted</translation>
    </message>
    <message>
        <source>Code personnel choisi</source>
        <translation>Personal code chosen</translation>
    </message>
    <message>
        <source>Email en attente de validation</source>
        <translation>Email awaiting validation</translation>
    </message>
    <message>
        <source>Compte actif</source>
        <translation>Active account</translation>
    </message>
</context>
<context>
    <name>AgentAdvisor</name>
    <message>
        <source>arrivé dans la boîte de réception</source>
        <translation>arrived in the inbox</translation>
    </message>
    <message>
        <source>supprimé automatiquement par la messagerie</source>
        <translation>deleted automatically by the mail provider</translation>
    </message>
    <message>
        <source>, lien bloqué par l&apos;antivirus</source>
        <translation>, link blocked by the antivirus</translation>
    </message>
    <message>
        <source>Code provisoire envoyé à %1 (%2), valable jusqu&apos;au %3%4</source>
        <translation>Provisional code sent to %1 (%2), valid until %3%4</translation>
    </message>
    <message>
        <source> : expiré</source>
        <translation>: expired</translation>
    </message>
    <message>
        <source>Lien de validation envoyé à %1 (%2), actif jusqu&apos;au %3%4</source>
        <translation>Validation link sent to %1 (%2), active until %3%4</translation>
    </message>
    <message>
        <source>Conditions d&apos;utilisation refusées</source>
        <translation>Conditions of use refused</translation>
    </message>
    <message>
        <source>Compte bloqué jusqu&apos;au %1 après plusieurs codes erronés : la personne peut attendre, ou demander un nouveau code provisoire avec « Code oublié ? », qui débloque le compte.</source>
        <translation>Account locked until %1 after several wrong codes: the person can wait, or ask for a new provisional code with “Forgotten code?”, which unlocks the account.</translation>
    </message>
    <message>
        <source>Aucun code en cours : guider la personne vers « Code oublié ? » sur assure.ameli.fr (numéro de sécurité sociale, date de naissance, caractères à recopier en moins de 5 minutes).</source>
        <translation>No code under way: guide the person to “Forgotten code?” on assure.ameli.fr (social security number, date of birth, characters to copy within 5 minutes).</translation>
    </message>
    <message>
        <source>Les conditions d&apos;utilisation ont été refusées : l&apos;activation est à recommencer. </source>
        <translation>The conditions of use were refused: the activation must start again. </translation>
    </message>
    <message>
        <source>Un code provisoire est valable jusqu&apos;au %1 : la personne le saisit avec les 13 premiers chiffres de son numéro sur la page de connexion. Seul le dernier code reçu fonctionne, une seule fois.</source>
        <translation>A provisional code is valid until %1: the person types it with the first 13 digits of their number on the login page. Only the last code received works, once.</translation>
    </message>
    <message>
        <source>Le code provisoire n&apos;est plus utilisable (30 minutes dépassées ou déjà utilisé) : refaire « Code oublié ? ».</source>
        <translation>The provisional code can no longer be used (30 minutes passed or already used): do “Forgotten code?” again.</translation>
    </message>
    <message>
        <source>Code personnel choisi, étape 3 non faite : la personne se connecte avec son code personnel et saisit son adresse email.</source>
        <translation>Personal code chosen, step 3 not done: the person logs in with their personal code and enters their email address.</translation>
    </message>
    <message>
        <source>Plus de 21 jours : l&apos;adresse n&apos;est plus mémorisée. La personne se connecte avec son code personnel et saisit une adresse valide ; un nouveau lien y est envoyé.</source>
        <translation>More than 21 days: the address is no longer kept. The person logs in with their personal code and enters a valid address; a new link is sent there.</translation>
    </message>
    <message>
        <source>Le lien a expiré (7 jours) : la personne se connecte (ou clique le lien) puis choisit de renvoyer le lien à la même adresse ou à une autre.</source>
        <translation>The link has expired (7 days): the person logs in (or clicks the link) then chooses to have the link sent again to the same address or to another one.</translation>
    </message>
    <message>
        <source>la messagerie l&apos;a supprimé : proposer une autre adresse, chez un autre fournisseur</source>
        <translation>the mail provider deleted it: suggest another address, with another provider</translation>
    </message>
    <message>
        <source>le lien est bloqué par l&apos;antivirus : ouvrir le mail depuis une autre messagerie ou utiliser une autre adresse</source>
        <translation>the link is blocked by the antivirus: open the mail from another mail client or use another address</translation>
    </message>
    <message>
        <source>l&apos;adresse saisie (%1) n&apos;est pas celle connue (%2) : faute de frappe ?</source>
        <translation>the address typed (%1) is not the known one (%2): a typo?</translation>
    </message>
    <message>
        <source>Lien valable jusqu&apos;au %1. Faire rechercher « %2 » ou l&apos;expéditeur « %3 » et cliquer le lien du message le plus récent.</source>
        <translation>Link valid until %1. Have the person search for “%2” or the sender “%3” and click the link of the most recent message.</translation>
    </message>
    <message>
        <source>À vérifier : %1.</source>
        <translation>To check: %1.</translation>
    </message>
    <message>
        <source>Compte actif : connexion avec le code personnel. En cas d&apos;oubli, « Code oublié ? » puis choix d&apos;un nouveau code ; les conditions et l&apos;email ne sont pas redemandés.</source>
        <translation>Active account: login with the personal code. If forgotten, “Forgotten code?” then a new code; the conditions and the email are not asked again.</translation>
    </message>
    <message>
        <source>, lien bloqué dans le logiciel de messagerie (pas en ligne)</source>
        <translation>, link blocked in the mail program (not online)</translation>
    </message>
    <message>
        <source>le logiciel de messagerie bloque le lien : faire lire le mail dans la messagerie en ligne du fournisseur, dans le navigateur (avec Outlook, sans le logiciel du fournisseur)</source>
        <translation>the mail program blocks the link: have the mail read in the provider&apos;s webmail, in the browser (with Outlook, without the provider&apos;s program)</translation>
    </message>
    <message>
        <source>classé dans les courriels indésirables</source>
        <translation>filed in junk mail</translation>
    </message>
    <message>
        <source>le mail est dans les courriels indésirables</source>
        <translation>the mail is in junk mail</translation>
    </message>
</context>
<context>
    <name>Attempt</name>
    <message>
        <source>Exploration libre</source>
        <translation>Free exploration</translation>
    </message>
    <message>
        <source>Guidé</source>
        <translation>Guided</translation>
    </message>
    <message>
        <source>Examen</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Test utilisateur</source>
        <translation>User test</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Objectif atteint</source>
        <translation>Objective reached</translation>
    </message>
    <message>
        <source>Terminé sans atteindre l&apos;objectif</source>
        <translation>Finished without reaching the objective</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Gave up</translation>
    </message>
    <message>
        <source>Temps dépassé</source>
        <translation>Time limit passed</translation>
    </message>
    <message>
        <source>Interrompu</source>
        <translation>Interrupted</translation>
    </message>
</context>
<context>
    <name>AttemptEvent</name>
    <message>
        <source>Début de la tentative</source>
        <translation>Attempt started</translation>
    </message>
    <message>
        <source>Fin de la tentative : %1</source>
        <translation>Attempt ended: %1</translation>
    </message>
    <message>
        <source>Page « %1 »</source>
        <translation>Page “%1”</translation>
    </message>
    <message>
        <source>Entre dans « %1 »</source>
        <translation>Enters “%1”</translation>
    </message>
    <message>
        <source>Quitte « %1 »</source>
        <translation>Leaves “%1”</translation>
    </message>
    <message>
        <source>Saisit dans « %1 » : %2 caractères (1 modification)</source>
        <translation>Types in “%1”: %2 characters (1 edit)</translation>
    </message>
    <message>
        <source>Saisit dans « %1 » : %2 caractères (%3 modifications)</source>
        <translation>Types in “%1”: %2 characters (%3 edits)</translation>
    </message>
    <message>
        <source> ; règles respectées : %1</source>
        <translation>; rules met: %1</translation>
    </message>
    <message>
        <source>Choisit « %1 » pour « %2 »</source>
        <translation>Chooses “%1” for “%2”</translation>
    </message>
    <message>
        <source>Active « %1 » au clavier</source>
        <translation>Activates “%1” with the keyboard</translation>
    </message>
    <message>
        <source>Clique sur « %1 »</source>
        <translation>Clicks “%1”</translation>
    </message>
    <message>
        <source>Suit le lien « %1 »</source>
        <translation>Follows the link “%1”</translation>
    </message>
    <message>
        <source>Valide avec Entrée dans « %1 »</source>
        <translation>Presses Enter in “%1”</translation>
    </message>
    <message>
        <source>Clic sans effet</source>
        <translation>Click on nothing</translation>
    </message>
    <message>
        <source>Clic sans effet sur « %1 »</source>
        <translation>Click on nothing (%1)</translation>
    </message>
    <message>
        <source>Ouvre la messagerie</source>
        <translation>Opens the mailbox</translation>
    </message>
    <message>
        <source>Affiche le dossier « %1 »</source>
        <translation>Shows the folder “%1”</translation>
    </message>
    <message>
        <source>Recherche « %1 » dans la messagerie (%2 résultat(s))</source>
        <translation>Searches the mailbox for “%1” (%2 result(s))</translation>
    </message>
    <message>
        <source>Lit le mail « %1 »</source>
        <translation>Reads the mail “%1”</translation>
    </message>
    <message>
        <source>Suit le lien d&apos;un mail (%1)</source>
        <translation>Follows a mail&apos;s link (%1)</translation>
    </message>
    <message>
        <source>Écoute les caractères</source>
        <translation>Listens to the characters</translation>
    </message>
    <message>
        <source>Le service accepte</source>
        <translation>The service accepts</translation>
    </message>
    <message>
        <source>Le service accepte : %1</source>
        <translation>The service accepts: %1</translation>
    </message>
    <message>
        <source>Refus : %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Refus (%1) : %2</source>
        <translation>Refused (%1): %2</translation>
    </message>
    <message>
        <source>L&apos;horloge revient à l&apos;heure réelle</source>
        <translation>The clock goes back to real time</translation>
    </message>
    <message>
        <source>L&apos;horloge avance de %1 min</source>
        <translation>The clock moves forward %1 min</translation>
    </message>
    <message>
        <source>Indice %1 : %2</source>
        <translation>Hint %1: %2</translation>
    </message>
    <message>
        <source>%1, question %2 : %3</source>
        <translation>%1, question %2: %3</translation>
    </message>
    <message>
        <source>« J&apos;ai terminé »</source>
        <translation>“I have finished”</translation>
    </message>
    <message>
        <source>« J&apos;abandonne »</source>
        <translation>“I give up”</translation>
    </message>
    <message>
        <source>Demande une nouvelle liste de caractères</source>
        <translation>Asks for a new list of characters</translation>
    </message>
    <message>
        <source>Lit ses mails avec : %1</source>
        <translation>Reads the mail with: %1</translation>
    </message>
    <message>
        <source>Réponse demandée : %1</source>
        <translation>Answer asked for: %1</translation>
    </message>
</context>
<context>
    <name>AttemptExporter</name>
    <message>
        <source>« %1 » est un fichier, pas un dossier : choisissez un dossier pour l&apos;export.</source>
        <translation>“%1” is a file, not a folder: choose a folder for the export.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « %1 » : vérifiez le chemin et vos droits d&apos;écriture. Rien n&apos;a été exporté.</source>
        <translation>Cannot create the folder “%1”: check the path and your write permissions. Nothing was exported.</translation>
    </message>
    <message>
        <source>« %1 » existe déjà et n&apos;est pas un fichier : l&apos;export ne peut pas le remplacer. Rien n&apos;a été exporté.</source>
        <translation>“%1” already exists and is not a file: the export cannot replace it. Nothing was exported.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été exporté.</source>
        <translation>Nothing was exported.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire dans le dossier « %1 » : %2.</source>
        <translation>Cannot write in the folder “%1”: %2.</translation>
    </message>
    <message>
        <source>Impossible de nommer le fichier « %1 ».</source>
        <translation>Cannot name the file “%1”.</translation>
    </message>
    <message>
        <source>%1 tentative(s) et %2 événement(s) exportés dans « %3 ».</source>
        <translation>%1 attempt(s) and %2 event(s) exported to “%3”.</translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
    <message>
        <source>Saisissez votre date de naissance.</source>
        <translation>Enter your date of birth.</translation>
    </message>
    <message>
        <source>La date de naissance doit être au format JJ/MM/AAAA, par exemple 14/07/1985.</source>
        <translation>The date of birth must be written DD/MM/YYYY, for example 14/07/1985.</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas dans le calendrier.</source>
        <translation>This date does not exist in the calendar.</translation>
    </message>
    <message>
        <source>La date de naissance ne peut pas être dans le futur.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>La date de naissance doit être postérieure à 1900.</source>
        <translation>The date of birth must be after 1900.</translation>
    </message>
    <message>
        <source>L&apos;année et le mois de naissance ne correspondent pas au numéro de sécurité sociale (2e à 5e chiffres).</source>
        <translation>The year and month of birth do not match the social security number (digits 2 to 5).</translation>
    </message>
</context>
<context>
    <name>CaptchaAudioPlayer</name>
    <message>
        <source>Aucune sortie audio n&apos;est disponible sur cet ordinateur.</source>
        <translation>No audio output is available on this computer.</translation>
    </message>
    <message>
        <source>Le son n&apos;a pas pu être joué.</source>
        <translation>The sound could not be played.</translation>
    </message>
</context>
<context>
    <name>CaptchaBox</name>
    <message>
        <source>Image de caractères à recopier</source>
        <translation>Image of characters to copy</translation>
    </message>
    <message>
        <source>Caractères lus ou entendus *</source>
        <translation>Characters read or heard *</translation>
    </message>
    <message>
        <source>Temps restant : %1 min %2 s</source>
        <translation>Time left: %1 min %2 s</translation>
    </message>
    <message>
        <source>Si vous ne pouvez pas lire l&apos;image, cliquez sur le microphone pour écouter les caractères.</source>
        <translation>If you cannot read the image, click the microphone to listen to the characters.</translation>
    </message>
    <message>
        <source>La flèche donne une nouvelle liste de caractères, le microphone la lit à voix haute.</source>
        <translation>The arrow gives a new list of characters, the microphone reads it aloud.</translation>
    </message>
    <message>
        <source>Le délai de 5 minutes est dépassé : cliquez sur la flèche pour obtenir une nouvelle liste de caractères.</source>
        <translation>The 5-minute limit has passed: click the arrow to get a new list of characters.</translation>
    </message>
    <message>
        <source>Une nouvelle liste de caractères est affichée. %1</source>
        <translation>A new list of characters is shown. %1</translation>
    </message>
</context>
<context>
    <name>CodeSentPage</name>
    <message>
        <source>Votre code provisoire a été envoyé</source>
        <translation>Your provisional code has been sent</translation>
    </message>
    <message>
        <source>Consultez votre messagerie : le mail « Votre compte ameli » contient votre code provisoire à 4 chiffres. Saisissez-le ensuite, avec votre numéro de sécurité sociale, sur la page de connexion.</source>
        <translation>Check your mailbox: the “Votre compte ameli” mail holds your 4-digit provisional code. Then type it, with your social security number, on the login page.</translation>
    </message>
    <message>
        <source>Aller à la page de &amp;connexion</source>
        <translation>Go to the &amp;login page</translation>
    </message>
    <message>
        <source>Aller à la page de connexion</source>
        <translation>Go to the login page</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la messagerie</source>
        <translation>&amp;Open the mailbox</translation>
    </message>
</context>
<context>
    <name>CodeStrengthMeter</name>
    <message>
        <source>Très faible</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Faible</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Moyen</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Fort</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Simulateur du parcours « compte ameli » (données fictives, hors ligne).</source>
        <translation>Simulator of the “compte ameli” journey (fictitious data, offline).</translation>
    </message>
    <message>
        <source>Affiche cette aide.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>Affiche la version.</source>
        <translation>Shows the version.</translation>
    </message>
    <message>
        <source>Utilise la base SQLite FICHIER (par défaut : %1).</source>
        <translation>Uses the SQLite database FILE (default: %1).</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Importe les personnes du fichier CSV FICHIER (nir;date_naissance;prenom;nom;email) puis quitte, sans fenêtre.</source>
        <translation>Imports the persons of the CSV file FILE (nir;date_naissance;prenom;nom;email), then quits, without a window.</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface : fr (par défaut) ou en.</source>
        <translation>Interface language: fr (default) or en.</translation>
    </message>
    <message>
        <source>Parcourt tout le parcours avec une personne de démonstration, sur une base temporaire, enregistre une image PNG par écran dans DOSSIER, puis quitte.</source>
        <translation>Walks the whole journey with a demo persona, on a temporary database, saves one PNG image per screen in FOLDER, then quits.</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Voir ameli-simulator --help.</source>
        <translation>See ameli-simulator --help.</translation>
    </message>
    <message>
        <source>Argument inattendu : %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Langue inconnue « %1 » : choisissez fr ou en.</source>
        <translation>Unknown language “%1”: choose fr or en.</translation>
    </message>
    <message>
        <source>Liste les scénarios de formation (identifiant, titre) puis quitte.</source>
        <translation>Lists the training scenarios (id, title), then quits.</translation>
    </message>
    <message>
        <source>Démarre sur le scénario ID, dans une base temporaire, avec le panneau du formateur.</source>
        <translation>Starts on scenario ID, on a temporary database, with the trainer&apos;s panel.</translation>
    </message>
    <message>
        <source>Affiche le panneau du formateur au démarrage (Ctrl+Maj+F l&apos;affiche ou le cache).</source>
        <translation>Shows the trainer&apos;s panel at start (Ctrl+Shift+F shows or hides it).</translation>
    </message>
    <message>
        <source>Mode démonstration : plein écran, retour à l&apos;accueil après quelques minutes sans action ; Ctrl+Alt+Maj+Q pour quitter.</source>
        <translation>Demo mode: full screen, back to the home page after a few idle minutes; Ctrl+Alt+Shift+Q to quit.</translation>
    </message>
    <message>
        <source>Enregistre les actions sous ce code de participant (P07 : lettres, chiffres, - et _, jamais un nom). Seul, il enregistre une exploration libre.</source>
        <translation>Records the actions under this participant code (P07: letters, digits, - and _, never a name). On its own it records a free exploration.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Fait passer le test utilisateur décrit par FICHIER (JSON) au participant donné par --participant.</source>
        <translation>Runs the user test described in FILE (JSON) with the participant given by --participant.</translation>
    </message>
    <message>
        <source>Ouvre seulement la fenêtre de débriefing des tentatives enregistrées.</source>
        <translation>Opens only the debrief window of the recorded attempts.</translation>
    </message>
    <message>
        <source>Exporte les tentatives enregistrées (CSV, JSON, xAPI) dans DOSSIER puis quitte, sans fenêtre. Avec --since, --participant, --scenario pour choisir.</source>
        <translation>Exports the recorded attempts (CSV, JSON, xAPI) into FOLDER, then exits, without a window. With --since, --participant, --scenario to choose.</translation>
    </message>
    <message>
        <source>Avec --export-attempts : seulement les tentatives commencées depuis DATE (AAAA-MM-JJ ou JJ/MM/AAAA).</source>
        <translation>With --export-attempts: only the attempts started since DATE (YYYY-MM-DD or DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Code de participant invalide « %1 » : lettres, chiffres, - et _, 20 caractères au plus, jamais un nom.</source>
        <translation>Invalid participant code “%1”: letters, digits, - and _, 20 characters at most, never a name.</translation>
    </message>
    <message>
        <source>Date invalide « %1 » pour --since : écrivez AAAA-MM-JJ ou JJ/MM/AAAA.</source>
        <translation>Invalid date “%1” for --since: write YYYY-MM-DD or DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>--since ne sert qu&apos;avec --export-attempts.</source>
        <translation>--since only works with --export-attempts.</translation>
    </message>
    <message>
        <source>--ux-plan demande aussi --participant CODE (par exemple P07).</source>
        <translation>--ux-plan also needs --participant CODE (for example P07).</translation>
    </message>
    <message>
        <source>--ux-plan et --scenario ne vont pas ensemble : le plan choisit ses scénarios.</source>
        <translation>--ux-plan and --scenario do not go together: the plan chooses its scenarios.</translation>
    </message>
    <message>
        <source>Avec --kiosk : secondes sans action avant le compte à rebours (180 par défaut, de 10 à 86400).</source>
        <translation>With --kiosk: seconds without action before the countdown (180 by default, 10 to 86400).</translation>
    </message>
    <message>
        <source>SECONDES</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Avec --kiosk : durée du compte à rebours avant le retour à l&apos;accueil (30 secondes par défaut, de 5 à 600).</source>
        <translation>With --kiosk: length of the countdown before going back home (30 seconds by default, 5 to 600).</translation>
    </message>
    <message>
        <source>--kiosk-idle attend un nombre de secondes entre 10 et 86400 : « %1 » ne convient pas.</source>
        <translation>--kiosk-idle expects a number of seconds between 10 and 86400: “%1” does not fit.</translation>
    </message>
    <message>
        <source>--kiosk-countdown attend un nombre de secondes entre 5 et 600 : « %1 » ne convient pas.</source>
        <translation>--kiosk-countdown expects a number of seconds between 5 and 600: “%1” does not fit.</translation>
    </message>
    <message>
        <source>--kiosk-idle et --kiosk-countdown ne servent qu&apos;avec --kiosk.</source>
        <translation>--kiosk-idle and --kiosk-countdown only apply with --kiosk.</translation>
    </message>
    <message>
        <source>Salle de formation : utilise le serveur PostgreSQL SERVEUR (nom de service de pg_service.conf ou adresse postgresql://, sans mot de passe : il est lu dans ~/.pgpass). Retenu pour les démarrages suivants.</source>
        <translation>Classroom: uses the PostgreSQL server SERVER (a service name from pg_service.conf or a postgresql:// address, without a password: it is read from ~/.pgpass). Remembered for the next starts.</translation>
    </message>
    <message>
        <source>SERVEUR</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>Avec --server : nom de ce poste dans la salle (par défaut, le nom de la machine). Retenu comme --server.</source>
        <translation>With --server: this station&apos;s name in the room (by default, the machine&apos;s name). Remembered like --server.</translation>
    </message>
    <message>
        <source>POSTE</source>
        <translation>STATION</translation>
    </message>
    <message>
        <source>Oublie le serveur retenu et revient à la base SQLite de ce poste.</source>
        <translation>Forgets the remembered server and goes back to this station&apos;s SQLite database.</translation>
    </message>
    <message>
        <source>Avec --server, en administrateur du serveur : crée ou met à jour le schéma, les postes poste-01 à poste-N et le rôle formateur, puis quitte.</source>
        <translation>With --server, as the server&apos;s administrator: creates or updates the schema, the stations poste-01 to poste-N and the formateur role, then quits.</translation>
    </message>
    <message>
        <source>--install-server N demande --server et un nombre de postes de 0 à 99.</source>
        <translation>--install-server N needs --server and a number of stations from 0 to 99.</translation>
    </message>
    <message>
        <source>--server ne va ni avec --db ni avec --local : choisissez le serveur de la salle ou un fichier.</source>
        <translation>--server goes neither with --db nor with --local: choose the room&apos;s server or a file.</translation>
    </message>
    <message>
        <source>Avec --server : le tableau de bord du formateur (un poste par case, mis à jour en direct, et les commandes aux postes). Se connecte avec le rôle formateur, sauf --station.</source>
        <translation>With --server: the trainer&apos;s dashboard (one tile per station, updated live, and commands to stations). Connects with the formateur role, unless --station.</translation>
    </message>
    <message>
        <source>Écrit le pas-à-pas imprimable (PDF A4 : chaque écran du parcours avec l&apos;explication du guide, les délais, les conseils « mail non reçu ») dans FICHIER, puis quitte. Dans la langue de --lang.</source>
        <translation>Writes the printable step-by-step guide (A4 PDF: each screen of the journey with the guide&apos;s explanation, the delays, the &quot;mail not received&quot; advice) to FICHIER, then exits. In the language of --lang.</translation>
    </message>
    <message>
        <source>Avec --tour ou --handout : la taille de la fenêtre dessinée (1100x860 par défaut), par exemple 1366x768.</source>
        <translation>With --tour or --handout: the size of the window drawn (1100x860 by default), for example 1366x768.</translation>
    </message>
    <message>
        <source>LARGEURxHAUTEUR</source>
        <translation>WIDTHxHEIGHT</translation>
    </message>
    <message>
        <source>FACTEUR</source>
        <translation>FACTEUR</translation>
    </message>
    <message>
        <source>--tour et --handout ne vont pas ensemble : lancez-les l&apos;un après l&apos;autre.</source>
        <translation>--tour and --handout do not go together: run them one after the other.</translation>
    </message>
    <message>
        <source>--tour-size et --scale ne servent qu&apos;avec --tour ou --handout.</source>
        <translation>--tour-size and --scale only work with --tour or --handout.</translation>
    </message>
    <message>
        <source>--tour-size attend LARGEURxHAUTEUR, de 800x600 à 3840x2160 (par exemple 1366x768) : « %1 » ne convient pas.</source>
        <translation>--tour-size expects WIDTHxHEIGHT, from 800x600 to 3840x2160 (for example 1366x768): &quot;%1&quot; does not fit.</translation>
    </message>
    <message>
        <source>--scale attend un facteur de 1 à 4 (par exemple 2 ou 1,5) : « %1 » ne convient pas.</source>
        <translation>--scale expects a factor from 1 to 4 (for example 2 or 1.5): &quot;%1&quot; does not fit.</translation>
    </message>
    <message>
        <source>Avec --tour ou --handout : dessine les écrans à FACTEUR fois leur taille (de 1 à 4 ; 1 par défaut pour --tour, 2 pour --handout, la résolution d&apos;impression).</source>
        <translation>With --tour or --handout: draws the screens at FACTEUR times their size (1 to 4; 1 by default for --tour, 2 for --handout, the print resolution).</translation>
    </message>
</context>
<context>
    <name>ConditionsPage</name>
    <message>
        <source>Votre réponse *</source>
        <translation>Your answer *</translation>
    </message>
    <message>
        <source>&amp;ANNULER</source>
        <translation>&amp;CANCEL</translation>
    </message>
    <message>
        <source>C&amp;ONTINUER</source>
        <translation>C&amp;ONTINUE</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>01 23 45 67 89</source>
        <translation>01 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;ANNULER</source>
        <translation>&amp;CANCEL</translation>
    </message>
    <message>
        <source>ANNULER</source>
        <translation>CANCEL</translation>
    </message>
    <message>
        <source>&amp;VALIDER</source>
        <translation>&amp;SUBMIT</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>&amp;Tous les postes</source>
        <translation>&amp;All stations</translation>
    </message>
    <message>
        <source>Salle de formation — tableau de bord (%1)</source>
        <translation>Classroom — dashboard (%1)</translation>
    </message>
    <message>
        <source>Postes de la salle</source>
        <translation>Stations of the room</translation>
    </message>
    <message>
        <source>« Bloqué ? » après (minutes sans étape) :</source>
        <translation>“Stuck?” after (minutes without a step):</translation>
    </message>
    <message>
        <source>&amp;Scénario :</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Scénario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>&amp;Démarrer le scénario</source>
        <translation>&amp;Start the scenario</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>+30 min</source>
        <translation>+30 min</translation>
    </message>
    <message>
        <source>+7 jours</source>
        <translation>+7 days</translation>
    </message>
    <message>
        <source>+21 jours</source>
        <translation>+21 days</translation>
    </message>
    <message>
        <source>&amp;Recommencer</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Re&amp;prendre</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Résultats de la salle…</source>
        <translation>Room&apos;s res&amp;ults…</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un ou plusieurs postes (ou « Tous les postes »).</source>
        <translation>First choose one or more stations (or “All stations”).</translation>
    </message>
    <message numerus="yes">
        <source>Commande envoyée à %n poste(s) : %1.</source>
        <translation>
            <numerusform>Command sent to %n station: %1.</numerusform>
            <numerusform>Command sent to %n stations: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Ce compte n&apos;existe plus dans la base du simulateur.</source>
        <translation>This account no longer exists in the simulator&apos;s database.</translation>
    </message>
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <source>&amp;Toutes les dates</source>
        <translation>&amp;All dates</translation>
    </message>
    <message>
        <source>&amp;Rejouer…</source>
        <translation>&amp;Replay…</translation>
    </message>
    <message>
        <source>Débriefing — tentatives enregistrées</source>
        <translation>Debrief — recorded attempts</translation>
    </message>
    <message>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Scénario ou tâche</source>
        <translation>Scenario or task</translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>&amp;Participant :</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <source>&amp;Scénario ou tâche :</source>
        <translation>&amp;Scenario or task:</translation>
    </message>
    <message>
        <source>&amp;Depuis le :</source>
        <translation>Si&amp;nce:</translation>
    </message>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV, JSON et xAPI des tentatives filtrées, dans un dossier.</source>
        <translation>CSV, JSON and xAPI of the filtered attempts, into a folder.</translation>
    </message>
    <message>
        <source>Tentatives</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Mistakes</translation>
    </message>
    <message>
        <source>Erreurs et situations</source>
        <translation>Mistakes and situations</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nouvelle note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Une note au moment choisi sur la frise</source>
        <translation>A note at the moment chosen on the timeline</translation>
    </message>
    <message>
        <source>&amp;Ajouter la note</source>
        <translation>A&amp;dd the note</translation>
    </message>
    <message>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <source>Rejouer</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Rapport P&amp;DF…</source>
        <translation>P&amp;DF report…</translation>
    </message>
    <message>
        <source>Rapport PDF</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Supprimer la &amp;tentative…</source>
        <translation>Delete the a&amp;ttempt…</translation>
    </message>
    <message>
        <source>Supprimer la tentative</source>
        <translation>Delete the attempt</translation>
    </message>
    <message>
        <source>Supprimer les tentatives du partic&amp;ipant…</source>
        <translation>Delete the part&amp;icipant&apos;s attempts…</translation>
    </message>
    <message>
        <source>Supprimer les tentatives du participant</source>
        <translation>Delete the participant&apos;s attempts</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>Rapport PDF du &amp;groupe…</source>
        <translation>&amp;Group PDF report…</translation>
    </message>
    <message>
        <source>Rapport PDF du groupe</source>
        <translation>Group PDF report</translation>
    </message>
    <message>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Les tentatives ne contiennent que le code des participants, jamais un nom, un code personnel ou un numéro de sécurité sociale complet. Supprimez-les dès qu&apos;elles ne servent plus.</source>
        <translation>Attempts hold only the participants&apos; codes, never a name, a personal code or a full social security number. Delete them as soon as they are no longer needed.</translation>
    </message>
    <message>
        <source>Supprimer les tentatives commencées avant le :</source>
        <translation>Delete the attempts started before:</translation>
    </message>
    <message>
        <source>Supprimer les tentatives commencées avant le</source>
        <translation>Delete the attempts started before</translation>
    </message>
    <message>
        <source>Supprimer les &amp;anciennes…</source>
        <translation>Delete &amp;old ones…</translation>
    </message>
    <message>
        <source>Supprimer les anciennes tentatives</source>
        <translation>Delete the old attempts</translation>
    </message>
    <message>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>à %1 :</source>
        <translation>at %1:</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Exploration libre</source>
        <translation>Free exploration</translation>
    </message>
    <message>
        <source>%1 tentative(s)</source>
        <translation>%1 attempt(s)</translation>
    </message>
    <message>
        <source>Aucune tentative enregistrée pour ces filtres.</source>
        <translation>No attempt recorded for these filters.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), le %4</source>
        <translation>%1 — %2 (%3), on %4</translation>
    </message>
    <message>
        <source>Chemin suivi : %1</source>
        <translation>Path taken: %1</translation>
    </message>
    <message>
        <source>Chemin attendu : %1</source>
        <translation>Expected path: %1</translation>
    </message>
    <message>
        <source>Retours en arrière : %1 ; détours : %2.</source>
        <translation>Backtracks: %1; detours: %2.</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Temps par étape : %1.</source>
        <translation>Time per step: %1.</translation>
    </message>
    <message>
        <source>Facilité ressentie (SEQ) : %1 sur 7.</source>
        <translation>Perceived ease (SEQ): %1 out of 7.</translation>
    </message>
    <message>
        <source>Aucune erreur.</source>
        <translation>No mistake.</translation>
    </message>
    <message>
        <source>à %1 : %2</source>
        <translation>at %1: %2</translation>
    </message>
    <message>
        <source>Note enregistrée.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>Dossier où exporter les tentatives</source>
        <translation>Folder to export the attempts into</translation>
    </message>
    <message>
        <source>Export des tentatives…</source>
        <translation>Exporting the attempts…</translation>
    </message>
    <message>
        <source>Rapport PDF de la tentative</source>
        <translation>PDF report of the attempt</translation>
    </message>
    <message>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Toutes les tentatives enregistrées.</source>
        <translation>Every recorded attempt.</translation>
    </message>
    <message>
        <source>Filtres : %1.</source>
        <translation>Filters: %1.</translation>
    </message>
    <message>
        <source>Supprimer la tentative de %1 sur « %2 » du %3 ? Ses événements et ses notes seront effacés.</source>
        <translation>Delete %1&apos;s attempt at “%2” of %3? Its events and notes will be erased.</translation>
    </message>
    <message>
        <source>Tentative supprimée.</source>
        <translation>Attempt deleted.</translation>
    </message>
    <message>
        <source>Supprimer toutes les tentatives du participant %1, leurs notes et ses réponses aux questionnaires ?</source>
        <translation>Delete every attempt of participant %1, their notes and the questionnaire answers?</translation>
    </message>
    <message>
        <source>%1 tentative(s) de %2 supprimée(s).</source>
        <translation>%1 attempt(s) of %2 deleted.</translation>
    </message>
    <message>
        <source>Supprimer toutes les tentatives commencées avant le %1, de tous les participants ?</source>
        <translation>Delete every attempt started before %1, of every participant?</translation>
    </message>
    <message>
        <source>%1 tentative(s) supprimée(s).</source>
        <translation>%1 attempt(s) deleted.</translation>
    </message>
    <message>
        <source>Plan de test : %1</source>
        <translation>Test plan: %1</translation>
    </message>
</context>
<context>
    <name>EmailAddressValidator</name>
    <message>
        <source>Saisissez votre adresse email.</source>
        <translation>Enter your email address.</translation>
    </message>
    <message>
        <source>L&apos;adresse email ne doit pas contenir d&apos;espace.</source>
        <translation>The email address must not contain a space.</translation>
    </message>
    <message>
        <source>L&apos;adresse email doit contenir le caractère @, par exemple prenom.nom@exemple.fr.</source>
        <translation>The email address must contain the @ character, for example firstname.name@example.fr.</translation>
    </message>
    <message>
        <source>La partie avant le @ contient un caractère non autorisé ou est vide.</source>
        <translation>The part before the @ contains a character that is not allowed, or is empty.</translation>
    </message>
    <message>
        <source>La partie après le @ n&apos;est pas un nom de domaine valide, par exemple exemple.fr.</source>
        <translation>The part after the @ is not a valid domain name, for example example.fr.</translation>
    </message>
    <message>
        <source>Les deux adresses email saisies sont différentes.</source>
        <translation>The two email addresses typed are different.</translation>
    </message>
    <message>
        <source>La partie avant le @ ne doit ni commencer ni finir par un point, ni en contenir deux à la suite.</source>
        <translation>The part before the @ must not start or end with a dot, nor hold two in a row.</translation>
    </message>
    <message>
        <source>Après le @, il manque le point et l&apos;extension du fournisseur, par exemple orange.fr ou exemple.fr.</source>
        <translation>After the @, the provider&apos;s dot and extension are missing, for example orange.fr or exemple.fr.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export : %1 / %2 tentatives</source>
        <translation>Export: %1 / %2 attempts</translation>
    </message>
</context>
<context>
    <name>ForgottenCodePage</name>
    <message>
        <source>Pour recevoir un code provisoire à 4 chiffres par email, renseignez votre numéro de sécurité sociale et votre date de naissance.</source>
        <translation>To receive a 4-digit provisional code by email, enter your social security number and your date of birth.</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>&amp;ANNULER</source>
        <translation>&amp;CANCEL</translation>
    </message>
    <message>
        <source>ANNULER</source>
        <translation>CANCEL</translation>
    </message>
    <message>
        <source>&amp;VALIDER</source>
        <translation>&amp;SUBMIT</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Erreur : %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Champ obligatoire</source>
        <translation>Required field</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <source>Réussite directe</source>
        <translation>Direct success</translation>
    </message>
    <message>
        <source>Réussite indirecte</source>
        <translation>Indirect success</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Gave up</translation>
    </message>
    <message>
        <source>Temps dépassé</source>
        <translation>Time limit passed</translation>
    </message>
    <message>
        <source>Autre issue</source>
        <translation>Other outcome</translation>
    </message>
    <message>
        <source>Issue des tentatives</source>
        <translation>Outcome of the attempts</translation>
    </message>
    <message>
        <source>Temps sur la tâche (minutes)</source>
        <translation>Time on task (minutes)</translation>
    </message>
    <message>
        <source>%1 tentative(s)</source>
        <translation>%1 attempt(s)</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Mistakes</translation>
    </message>
    <message>
        <source>Erreurs les plus fréquentes, par règle</source>
        <translation>Most frequent mistakes, by rule</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Temps sur la tâche</source>
        <translation>Time on task</translation>
    </message>
    <message>
        <source>Erreurs les plus fréquentes</source>
        <translation>Most frequent mistakes</translation>
    </message>
    <message>
        <source>Résultats par scénario ou tâche</source>
        <translation>Results by scenario or task</translation>
    </message>
    <message>
        <source>Scénario ou tâche</source>
        <translation>Scenario or task</translation>
    </message>
    <message>
        <source>Tentatives</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Réussite</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Temps médian</source>
        <translation>Median time</translation>
    </message>
    <message>
        <source>Erreurs (moyenne)</source>
        <translation>Mistakes (mean)</translation>
    </message>
    <message>
        <source>SUS moyen</source>
        <translation>Mean SUS</translation>
    </message>
    <message>
        <source>&amp;Groupe :</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 tentative(s) ; réussite : %2 (dont directe : %3) ; abandons : %4 ; temps dépassé : %5.</source>
        <translation>%1 attempt(s); success: %2 (direct: %3); gave up: %4; time limit passed: %5.</translation>
    </message>
    <message>
        <source>Temps sur la tâche : médiane %1, de %2 à %3 (la moitié entre %4 et %5).</source>
        <translation>Time on task: median %1, from %2 to %3 (half between %4 and %5).</translation>
    </message>
    <message>
        <source>En moyenne : %1 erreur(s), %2 clic(s) sans effet, %3 indice(s).</source>
        <translation>On average: %1 mistake(s), %2 click(s) on nothing, %3 hint(s).</translation>
    </message>
    <message>
        <source>%1 : %2 fois (%3 tentative(s))</source>
        <translation>%1: %2 times (%3 attempt(s))</translation>
    </message>
    <message>
        <source>Aucune erreur.</source>
        <translation>No mistake.</translation>
    </message>
    <message>
        <source>Erreurs les plus fréquentes : %1.</source>
        <translation>Most frequent mistakes: %1.</translation>
    </message>
    <message>
        <source>Facilité ressentie (SEQ, de 1 à 7) : %1 en moyenne.</source>
        <translation>Perceived ease (SEQ, 1 to 7): %1 on average.</translation>
    </message>
    <message>
        <source>SUS moyen : %1 sur 100 (%2 réponse(s)).</source>
        <translation>Mean SUS: %1 out of 100 (%2 answer(s)).</translation>
    </message>
    <message>
        <source>Aucune tentative ne correspond aux filtres.</source>
        <translation>No attempt matches the filters.</translation>
    </message>
    <message>
        <source>Temps sur la tâche (secondes)</source>
        <translation>Time on task (seconds)</translation>
    </message>
</context>
<context>
    <name>GuideTexts</name>
    <message>
        <source>Ici, vous accédez à votre compte ameli</source>
        <translation>Here, you reach your ameli account</translation>
    </message>
    <message>
        <source>Vous suivez vos remboursements, téléchargez vos attestations, effectuez vos démarches en ligne...</source>
        <translation>You follow your reimbursements, download your certificates, carry out your formalities online...</translation>
    </message>
    <message>
        <source>Vous avez déjà un compte ameli (ou un code donné par votre Caisse)</source>
        <translation>You already have an ameli account (or a code given by your Caisse)</translation>
    </message>
    <message>
        <source>Connectez-vous</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas de compte ameli</source>
        <translation>You do not have an ameli account</translation>
    </message>
    <message>
        <source>Créer votre compte</source>
        <translation>Create your account</translation>
    </message>
    <message>
        <source>Les services du compte ameli</source>
        <translation>The services of the ameli account</translation>
    </message>
    <message>
        <source>Attestations de droits</source>
        <translation>Certificates of entitlement</translation>
    </message>
    <message>
        <source>Paiements et remboursements</source>
        <translation>Payments and reimbursements</translation>
    </message>
    <message>
        <source>Carte Vitale</source>
        <translation>Carte Vitale</translation>
    </message>
    <message>
        <source>Carte Européenne d&apos;Assurance Maladie</source>
        <translation>European Health Insurance Card</translation>
    </message>
    <message>
        <source>Changement de situation</source>
        <translation>Change of situation</translation>
    </message>
    <message>
        <source>J&apos;accède à mon compte ameli</source>
        <translation>I access my ameli account</translation>
    </message>
    <message>
        <source>Mon numéro de sécurité sociale</source>
        <translation>My social security number</translation>
    </message>
    <message>
        <source>Où trouver mon numéro de sécurité sociale ?</source>
        <translation>Where do I find my social security number?</translation>
    </message>
    <message>
        <source>Mon code personnel (ou provisoire à 4 chiffres)</source>
        <translation>My personal code (or 4-digit provisional code)</translation>
    </message>
    <message>
        <source>Code oublié ?</source>
        <translation>Forgotten code?</translation>
    </message>
    <message>
        <source>Tous les champs sont obligatoires.</source>
        <translation>All fields are mandatory.</translation>
    </message>
    <message>
        <source>ME CONNECTER</source>
        <translation>LOG IN</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OR</translation>
    </message>
    <message>
        <source>S&apos;identifier avec FranceConnect</source>
        <translation>Log in with FranceConnect</translation>
    </message>
    <message>
        <source>Qu&apos;est-ce que FranceConnect ?</source>
        <translation>What is FranceConnect?</translation>
    </message>
    <message>
        <source>Première visite ? Créer un compte</source>
        <translation>First visit? Create an account</translation>
    </message>
    <message>
        <source>Ma date de naissance (JJ/MM/AAAA)</source>
        <translation>My date of birth (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>Vérification de sécurité</source>
        <translation>Security check</translation>
    </message>
    <message>
        <source>Saisissez les caractères affichés ci-dessous.</source>
        <translation>Type the characters shown below.</translation>
    </message>
    <message>
        <source>Vous disposez de 5 minutes pour lire ou écouter les caractères et les saisir. Si vous vous trompez, vous pouvez recommencer.</source>
        <translation>You have 5 minutes to read or listen to the characters and type them. If you make a mistake, you can try again.</translation>
    </message>
    <message>
        <source>VALIDER</source>
        <translation>SUBMIT</translation>
    </message>
    <message>
        <source>Étape 1 &gt; Étape 2 &gt; Étape 3</source>
        <translation>Step 1 &gt; Step 2 &gt; Step 3</translation>
    </message>
    <message>
        <source>J&apos;accepte les conditions d&apos;utilisation</source>
        <translation>I accept the conditions of use</translation>
    </message>
    <message>
        <source>Pour accéder aux services de votre compte, vous devez d&apos;abord accepter les conditions d&apos;utilisation :</source>
        <translation>To use the services of your account, you must first accept the conditions of use:</translation>
    </message>
    <message>
        <source>En adhérant au compte ameli, vous acceptez de ne plus recevoir vos relevés de prestations par courrier postal au profit d&apos;une consultation en ligne.</source>
        <translation>By joining the ameli account, you agree to no longer receive your benefit statements by post, and to read them online instead.</translation>
    </message>
    <message>
        <source>La saisie d&apos;une adresse email est obligatoire pour bénéficier des services du compte. En renseignant et confirmant votre email, vous acceptez de recevoir dans la messagerie du compte, tout ou partie des courriers et messages de l&apos;Assurance Maladie.</source>
        <translation>An email address is mandatory to use the account&apos;s services. By entering and confirming your email, you agree to receive in the account&apos;s mailbox all or part of the letters and messages of the Assurance Maladie.</translation>
    </message>
    <message>
        <source>Pour plus d&apos;informations, consultez</source>
        <translation>For more information, read</translation>
    </message>
    <message>
        <source>les conditions d&apos;utilisation détaillées</source>
        <translation>the detailed conditions of use</translation>
    </message>
    <message>
        <source>Oui, j&apos;accepte</source>
        <translation>Yes, I accept</translation>
    </message>
    <message>
        <source>Non, je refuse</source>
        <translation>No, I refuse</translation>
    </message>
    <message>
        <source>ANNULER</source>
        <translation>CANCEL</translation>
    </message>
    <message>
        <source>CONTINUER</source>
        <translation>CONTINUE</translation>
    </message>
    <message>
        <source>Je choisis un code personnel</source>
        <translation>I choose a personal code</translation>
    </message>
    <message>
        <source>Pour maintenir la confidentialité de vos informations, nous vous recommandons de ne pas choisir un code que vous utilisez déjà sur un autre site.</source>
        <translation>To keep your information confidential, we recommend that you do not choose a code you already use on another site.</translation>
    </message>
    <message>
        <source>Votre code personnel doit :</source>
        <translation>Your personal code must:</translation>
    </message>
    <message>
        <source>* champ obligatoire</source>
        <translation>* mandatory field</translation>
    </message>
    <message>
        <source>Mon nouveau code *</source>
        <translation>My new code *</translation>
    </message>
    <message>
        <source>Niveau indicatif de sécurité :</source>
        <translation>Indicative security level:</translation>
    </message>
    <message>
        <source>Confirmer mon nouveau code *</source>
        <translation>Confirm my new code *</translation>
    </message>
    <message>
        <source>Informations personnelles</source>
        <translation>Personal information</translation>
    </message>
    <message>
        <source>Je saisis mon adresse email</source>
        <translation>I enter my email address</translation>
    </message>
    <message>
        <source>Saisissez votre adresse email : *</source>
        <translation>Enter your email address: *</translation>
    </message>
    <message>
        <source>Je confirme mon adresse email : *</source>
        <translation>I confirm my email address: *</translation>
    </message>
    <message>
        <source>J&apos;autorise l&apos;Assurance Maladie à m&apos;envoyer par email des informations promotionnelles sur ses services :</source>
        <translation>I allow the Assurance Maladie to send me promotional information about its services by email:</translation>
    </message>
    <message>
        <source>Je saisis mes coordonnées téléphoniques</source>
        <translation>I enter my phone numbers</translation>
    </message>
    <message>
        <source>Saisissez votre n° de téléphone portable :</source>
        <translation>Enter your mobile phone number:</translation>
    </message>
    <message>
        <source>J&apos;autorise l&apos;Assurance Maladie à me communiquer des informations promotionnelles sur ses services :</source>
        <translation>I allow the Assurance Maladie to send me promotional information about its services:</translation>
    </message>
    <message>
        <source>Par Téléphone :</source>
        <translation>By phone:</translation>
    </message>
    <message>
        <source>Par SMS :</source>
        <translation>By SMS:</translation>
    </message>
    <message>
        <source>Saisissez votre n° de téléphone fixe :</source>
        <translation>Enter your landline number:</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>VALIDATION DE MON EMAIL</source>
        <translation>VALIDATION OF MY EMAIL</translation>
    </message>
    <message>
        <source>Pour finaliser la création de votre compte, merci de cliquer sur le lien reçu par email.</source>
        <translation>To finish creating your account, please click the link received by email.</translation>
    </message>
    <message>
        <source>Vous pouvez accéder à votre compte via le web ou dans l&apos;application ameli.</source>
        <translation>You can reach your account on the web or in the ameli app.</translation>
    </message>
    <message>
        <source>Votre numéro de sécurité sociale figure sur votre carte Vitale et sur votre attestation de droits. Saisissez ses 13 premiers caractères ; les 2 derniers chiffres, la clé, sont facultatifs.</source>
        <translation>Your social security number is on your carte Vitale and on your certificate of entitlement. Type its first 13 characters; the last 2 digits, the key, are optional.</translation>
    </message>
    <message>
        <source>FranceConnect est le dispositif de l&apos;État qui permet de vous identifier sur les services en ligne avec un compte que vous possédez déjà (impots.gouv.fr, l&apos;Identité Numérique La Poste...).</source>
        <translation>FranceConnect is the State&apos;s service that lets you identify yourself on online services with an account you already have (impots.gouv.fr, La Poste&apos;s Identité Numérique...).</translation>
    </message>
    <message>
        <source>La connexion avec FranceConnect ne fait pas partie de ce simulateur : utilisez votre numéro de sécurité sociale et votre code.</source>
        <translation>Logging in with FranceConnect is not part of this simulator: use your social security number and your code.</translation>
    </message>
    <message>
        <source>La création d&apos;un compte ne fait pas partie de ce simulateur. Un code provisoire s&apos;obtient auprès de votre caisse d&apos;Assurance Maladie, ou avec « Code oublié ? » sur la page de connexion si une adresse email est connue de votre caisse.</source>
        <translation>Creating an account is not part of this simulator. A provisional code is obtained from your caisse d&apos;Assurance Maladie, or with “Forgotten code?” on the login page if your caisse knows an email address of yours.</translation>
    </message>
    <message>
        <source>Conditions d&apos;utilisation (résumé pour la simulation) : le compte ameli est personnel ; vos relevés de prestations sont consultables en ligne ; l&apos;Assurance Maladie vous écrit dans la messagerie du compte et vous prévient par email ; vous pouvez fermer votre compte à tout moment.</source>
        <translation>Conditions of use (summary for the simulation): the ameli account is personal; your benefit statements can be read online; the Assurance Maladie writes to you in the account&apos;s mailbox and tells you by email; you can close your account at any time.</translation>
    </message>
    <message>
        <source>Nouvelle liste de caractères (flèche)</source>
        <translation>New list of characters (arrow)</translation>
    </message>
    <message>
        <source>Écouter les caractères (microphone)</source>
        <translation>Listen to the characters (microphone)</translation>
    </message>
</context>
<context>
    <name>HandoutCommand</name>
    <message>
        <source>Écran %1 dessiné</source>
        <translation>Screen %1 drawn</translation>
    </message>
    <message>
        <source>Page %1 sur %2 écrite</source>
        <translation>Page %1 of %2 written</translation>
    </message>
    <message>
        <source>Pas-à-pas écrit : %1 (%2 pages)</source>
        <translation>Step-by-step guide written: %1 (%2 pages)</translation>
    </message>
</context>
<context>
    <name>HandoutContent</name>
    <message>
        <source>Pas-à-pas : Utiliser un code provisoire</source>
        <translation>Step by step: using a provisional code</translation>
    </message>
    <message>
        <source>Le parcours du compte ameli écran par écran, de la page de connexion au compte activé, avec les explications du guide officiel.</source>
        <translation>The ameli account journey screen by screen, from the login page to the activated account, with the official guide&apos;s explanations.</translation>
    </message>
    <message>
        <source>Document de formation. Les écrans viennent du simulateur de formation : toutes les personnes, numéros et adresses sont fictifs. Ce n&apos;est pas le site de l&apos;Assurance Maladie.</source>
        <translation>Training document. The screens come from the training simulator: every person, number and address is fictitious. This is not Assurance Maladie&apos;s website.</translation>
    </message>
    <message>
        <source>Possibilité 1 : le compte ameli depuis ameli.fr</source>
        <translation>Option 1: the ameli account from ameli.fr</translation>
    </message>
    <message>
        <source>L&apos;assuré se rend sur le compte ameli via le site ameli.fr.</source>
        <translation>The insured person goes to the ameli account through the ameli.fr website.</translation>
    </message>
    <message>
        <source>L&apos;assuré peut récupérer son code provisoire à 4 chiffres en cliquant sur « Connectez-vous ».</source>
        <translation>The insured person can get their 4-digit provisional code by clicking &quot;Connectez-vous&quot;.</translation>
    </message>
    <message>
        <source>Possibilité 2 : le compte ameli depuis assure.ameli.fr</source>
        <translation>Option 2: the ameli account from assure.ameli.fr</translation>
    </message>
    <message>
        <source>L&apos;assuré se rend sur le compte ameli via le site assure.ameli.fr.</source>
        <translation>The insured person goes to the ameli account through the assure.ameli.fr website.</translation>
    </message>
    <message>
        <source>Pour générer un nouveau mot de passe, l&apos;assuré clique sur « Code oublié ? ».</source>
        <translation>To get a new password, the insured person clicks &quot;Code oublié ?&quot;.</translation>
    </message>
    <message>
        <source>Code oublié : les informations à compléter</source>
        <translation>Forgotten code: the details to fill in</translation>
    </message>
    <message>
        <source>L&apos;assuré renseigne son numéro de sécurité sociale ainsi que sa date de naissance.</source>
        <translation>The insured person enters their social security number and their date of birth.</translation>
    </message>
    <message>
        <source>L&apos;assuré écrit les caractères lus ou entendus pour passer à la suite.</source>
        <translation>The insured person types the characters read or heard to go on.</translation>
    </message>
    <message>
        <source>L&apos;assuré peut cliquer sur la flèche pour obtenir une nouvelle liste de caractères à recopier.</source>
        <translation>The insured person can click the arrow to get a new series of characters to copy.</translation>
    </message>
    <message>
        <source>Il peut également cliquer sur le microphone pour écouter la série de caractères à recopier.</source>
        <translation>They can also click the microphone to hear the series of characters to copy.</translation>
    </message>
    <message>
        <source>Code oublié : une erreur de saisie</source>
        <translation>Forgotten code: a typing mistake</translation>
    </message>
    <message>
        <source>Si l&apos;assuré se trompe dans la saisie du texte à recopier, il peut recommencer.</source>
        <translation>If the insured person mistypes the text to copy, they can try again.</translation>
    </message>
    <message>
        <source>Code oublié : le délai de 5 minutes</source>
        <translation>Forgotten code: the 5-minute limit</translation>
    </message>
    <message>
        <source>L&apos;assuré dispose de 5 minutes pour lire ou écouter le code à recopier et le saisir dans la cartouche.</source>
        <translation>The insured person has 5 minutes to read or hear the code to copy and type it in the box.</translation>
    </message>
    <message>
        <source>Passé ce délai, il obtient une nouvelle série de caractères avec la flèche.</source>
        <translation>After that, they get a new series of characters with the arrow.</translation>
    </message>
    <message>
        <source>Le code provisoire est envoyé</source>
        <translation>The provisional code is sent</translation>
    </message>
    <message>
        <source>L&apos;assuré reçoit son code provisoire sur son adresse mail.</source>
        <translation>The insured person receives their provisional code at their email address.</translation>
    </message>
    <message>
        <source>Le mail du code provisoire</source>
        <translation>The provisional code&apos;s mail</translation>
    </message>
    <message>
        <source>L&apos;assuré récupère le code provisoire envoyé sur son adresse mail.</source>
        <translation>The insured person gets the provisional code sent to their email address.</translation>
    </message>
    <message>
        <source>À noter que le code provisoire par mail est valable pour une durée de 30 minutes.</source>
        <translation>Note that the provisional code sent by mail is valid for 30 minutes.</translation>
    </message>
    <message>
        <source>Passé ce délai, l&apos;assuré devra refaire la démarche de code oublié.</source>
        <translation>After that, the insured person must go through the forgotten code steps again.</translation>
    </message>
    <message>
        <source>Se connecter avec le code provisoire</source>
        <translation>Logging in with the provisional code</translation>
    </message>
    <message>
        <source>L&apos;assuré renseigne son numéro de sécurité sociale, et inscrit le code provisoire à 4 chiffres reçu.</source>
        <translation>The insured person enters their social security number and the 4-digit provisional code received.</translation>
    </message>
    <message>
        <source>Pour passer à l&apos;étape suivante, l&apos;assuré clique sur « Me connecter ».</source>
        <translation>To go to the next step, the insured person clicks &quot;Me connecter&quot;.</translation>
    </message>
    <message>
        <source>Étape 1 : les conditions d&apos;utilisation</source>
        <translation>Step 1: the conditions of use</translation>
    </message>
    <message>
        <source>L&apos;assuré accepte les Conditions Générales d&apos;Utilisation.</source>
        <translation>The insured person accepts the General Conditions of Use.</translation>
    </message>
    <message>
        <source>Sans acceptation, il ne peut pas continuer.</source>
        <translation>Without accepting them, they cannot go on.</translation>
    </message>
    <message>
        <source>Étape 2 : le code personnel</source>
        <translation>Step 2: the personal code</translation>
    </message>
    <message>
        <source>L&apos;assuré choisit le code personnel de son compte.</source>
        <translation>The insured person chooses their account&apos;s personal code.</translation>
    </message>
    <message>
        <source>L&apos;assuré saisit un code personnel au format alphanumérique : entre 8 et 50 caractères, des minuscules et des majuscules, un chiffre ou un caractère spécial, sans son n° de sécurité sociale ni sa date de naissance.</source>
        <translation>The insured person types an alphanumeric personal code: 8 to 50 characters, lower and upper case letters, a digit or a special character, without their social security number or date of birth.</translation>
    </message>
    <message>
        <source>L&apos;indicateur de sécurité est indicatif ; le code est saisi deux fois.</source>
        <translation>The strength meter is only a guide; the code is typed twice.</translation>
    </message>
    <message>
        <source>Étape 3 : les coordonnées</source>
        <translation>Step 3: the contact details</translation>
    </message>
    <message>
        <source>L&apos;assuré renseigne obligatoirement son mail. Il renseigne ses numéros de téléphone.</source>
        <translation>The insured person must enter their email address. They enter their phone numbers.</translation>
    </message>
    <message>
        <source>L&apos;adresse mail de l&apos;utilisateur doit être unique : elle ne doit pas être déjà utilisée par un autre compte (d&apos;un membre de la famille par exemple).</source>
        <translation>The user&apos;s email address must be unique: it must not already be used by another account (a family member&apos;s, for example).</translation>
    </message>
    <message>
        <source>Cette adresse doit être facilement consultable par l&apos;assuré, car il y recevra tous les courriers et notifications de l&apos;Assurance Maladie.</source>
        <translation>The insured person must be able to read this address easily, as all of Assurance Maladie&apos;s letters and notifications will arrive there.</translation>
    </message>
    <message>
        <source>Il donne également son consentement pour que l&apos;Assurance Maladie lui communique des informations promotionnelles sur ses services.</source>
        <translation>They also give their consent for Assurance Maladie to send them promotional information about its services.</translation>
    </message>
    <message>
        <source>Validation de l&apos;email</source>
        <translation>Email validation</translation>
    </message>
    <message>
        <source>L&apos;assuré est alors déconnecté du compte.</source>
        <translation>The insured person is then logged out of the account.</translation>
    </message>
    <message>
        <source>Un message l&apos;invite à consulter sa messagerie personnelle.</source>
        <translation>A message asks them to check their personal mailbox.</translation>
    </message>
    <message>
        <source>Le mail de confirmation</source>
        <translation>The confirmation mail</translation>
    </message>
    <message>
        <source>Pour activer son compte ameli, l&apos;assuré doit cliquer sur le lien présent dans l&apos;email de confirmation.</source>
        <translation>To activate their ameli account, the insured person must click the link in the confirmation email.</translation>
    </message>
    <message>
        <source>L&apos;assuré dispose de 7 jours pour valider son adresse mail et finaliser le processus d&apos;adhésion au compte ameli.</source>
        <translation>The insured person has 7 days to validate their email address and complete joining the ameli account.</translation>
    </message>
    <message>
        <source>Au-delà de 7 jours</source>
        <translation>After 7 days</translation>
    </message>
    <message>
        <source>Au-delà de 7 jours mais avant 21 jours : si l&apos;assuré clique sur le lien ou se connecte à son compte, celui-ci lui indique que le lien n&apos;est plus actif.</source>
        <translation>After 7 days but before 21 days: if the insured person clicks the link or logs in to their account, it says that the link is no longer active.</translation>
    </message>
    <message>
        <source>Deux possibilités sont alors proposées à l&apos;assuré : se faire renvoyer le lien à la même adresse mail, ou à une adresse mail différente.</source>
        <translation>Two choices are then offered: have the link sent again to the same email address, or to a different one.</translation>
    </message>
    <message>
        <source>Le lien d&apos;un ancien mail</source>
        <translation>The link of an older mail</translation>
    </message>
    <message>
        <source>Seul le lien du mail de validation le plus récent fonctionne.</source>
        <translation>Only the link of the most recent validation mail works.</translation>
    </message>
    <message>
        <source>Si l&apos;assuré clique sur le lien d&apos;un ancien mail de validation, il convient de rechercher le mail de validation le plus récent.</source>
        <translation>If the insured person clicks the link of an older validation mail, they should look for the most recent validation mail.</translation>
    </message>
    <message>
        <source>Au-delà de 21 jours</source>
        <translation>After 21 days</translation>
    </message>
    <message>
        <source>Au-delà de 21 jours, l&apos;adresse mail de l&apos;assuré n&apos;est plus mémorisée.</source>
        <translation>After 21 days, the insured person&apos;s email address is no longer kept.</translation>
    </message>
    <message>
        <source>Si l&apos;assuré clique sur le lien ou se connecte à son compte, il lui est demandé de saisir une adresse mail valide, et un lien à activer lui est de nouveau envoyé sur sa messagerie personnelle.</source>
        <translation>If the insured person clicks the link or logs in to their account, they are asked for a valid email address, and a new activation link is sent to their personal mailbox.</translation>
    </message>
    <message>
        <source>Retrouver le mail de validation</source>
        <translation>Finding the validation mail</translation>
    </message>
    <message>
        <source>Le mail se retrouve dans la boîte de réception et les fils de discussion des anciens messages en recherchant « Votre compte ameli - Confirmation de votre adresse mail » (libellé du mail) ou « Votre Assurance Maladie » (expéditeur).</source>
        <translation>The mail is found in the inbox and in the threads of older messages by searching for &quot;Votre compte ameli - Confirmation de votre adresse mail&quot; (the mail&apos;s subject) or &quot;Votre Assurance Maladie&quot; (the sender).</translation>
    </message>
    <message>
        <source>Le compte ameli est activé</source>
        <translation>The ameli account is active</translation>
    </message>
    <message>
        <source>L&apos;assuré peut alors accéder à son compte via le web ou dans l&apos;application ameli.</source>
        <translation>The insured person can then reach their account on the web or in the ameli app.</translation>
    </message>
    <message>
        <source>Il se connecte avec son numéro de sécurité sociale et son code personnel.</source>
        <translation>They log in with their social security number and their personal code.</translation>
    </message>
    <message>
        <source>Les délais du parcours</source>
        <translation>The journey&apos;s delays</translation>
    </message>
    <message>
        <source>1 jour</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>%1 jours</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>Recopier les caractères du CAPTCHA</source>
        <translation>Copying the CAPTCHA&apos;s characters</translation>
    </message>
    <message>
        <source>Les caractères ne sont plus acceptés : l&apos;assuré demande une nouvelle série (la flèche).</source>
        <translation>The characters are no longer accepted: the insured person asks for a new series (the arrow).</translation>
    </message>
    <message>
        <source>Se connecter avec le code provisoire reçu par mail</source>
        <translation>Logging in with the provisional code received by mail</translation>
    </message>
    <message>
        <source>Le code n&apos;est plus valable : l&apos;assuré refait la démarche « Code oublié ? ».</source>
        <translation>The code is no longer valid: the insured person goes through &quot;Code oublié ?&quot; again.</translation>
    </message>
    <message>
        <source>Cliquer sur le lien du mail de validation</source>
        <translation>Clicking the link of the validation mail</translation>
    </message>
    <message>
        <source>Le lien n&apos;est plus actif : il est renvoyé à la même adresse ou à une adresse différente.</source>
        <translation>The link is no longer active: it is sent again to the same address or to a different one.</translation>
    </message>
    <message>
        <source>L&apos;adresse mail reste mémorisée</source>
        <translation>The email address is kept</translation>
    </message>
    <message>
        <source>L&apos;adresse est oubliée : l&apos;assuré saisit une adresse valide, un nouveau lien y est envoyé.</source>
        <translation>The address is forgotten: the insured person enters a valid address and a new link is sent there.</translation>
    </message>
    <message>
        <source>Le mail de validation n&apos;est pas arrivé</source>
        <translation>The validation mail has not arrived</translation>
    </message>
    <message>
        <source>Si l&apos;assuré n&apos;a pas reçu le mail de validation pour finaliser l&apos;ouverture du compte ameli, il convient de vérifier si :</source>
        <translation>If the insured person has not received the validation mail that completes the opening of the ameli account, check whether:</translation>
    </message>
    <message>
        <source>l&apos;adresse mail renseignée dans le compte ameli est exacte (T1) ;</source>
        <translation>the email address entered in the ameli account is right (T1);</translation>
    </message>
    <message>
        <source>le mail de validation est présent dans les courriels indésirables / spams (T2) ;</source>
        <translation>the validation mail is in the junk / spam folder (T2);</translation>
    </message>
    <message>
        <source>la non-réception du mail se confirme en utilisant une autre adresse e-mail, créée chez le même fournisseur ou chez un fournisseur différent (T3) ;</source>
        <translation>the mail still does not arrive at another email address, at the same provider or at a different one (T3);</translation>
    </message>
    <message>
        <source>pour les messageries Outlook, l&apos;utilisation d&apos;Outlook est possible sans passer par le client du fournisseur d&apos;accès : se rapprocher du fournisseur d&apos;accès pour le déterminer (T4).</source>
        <translation>for Outlook mailboxes, Outlook can be used without the access provider&apos;s own client: ask the access provider to find out (T4).</translation>
    </message>
    <message>
        <source>automatiquement supprimé par les paramètres de messagerie de l&apos;assuré ; par exemple, une liste rouge d&apos;un opérateur supprime parfois les mails de l&apos;Assurance Maladie contenant le mot « confirmation » (T5) ;</source>
        <translation>deleted automatically by the insured person&apos;s mailbox settings; for example, an operator&apos;s red list sometimes deletes Assurance Maladie mails containing the word &quot;confirmation&quot; (T5);</translation>
    </message>
    <message>
        <source>bloqué, ou son lien de validation bloqué, par un antivirus, le logiciel de messagerie ou le fournisseur de l&apos;adresse mail (T6).</source>
        <translation>blocked, or its validation link blocked, by an antivirus, the mail software or the email provider (T6).</translation>
    </message>
    <message>
        <source>l&apos;on ne clique pas sur le lien présent dans un ancien mail de validation (suite à plusieurs mises à jour par exemple) : il convient de rechercher le mail de validation le plus récent (T7) ;</source>
        <translation>the link clicked is not the one of an older validation mail (after several updates, for example): look for the most recent validation mail (T7);</translation>
    </message>
    <message>
        <source>le mail ne se trouve pas dans la boîte de réception et les fils de discussion des anciens messages, en recherchant avec les mots clés « Votre compte ameli - Confirmation de votre adresse mail » (libellé du mail reçu) et « Votre Assurance Maladie » (expéditeur du mail) (T8).</source>
        <translation>the mail is not in the inbox or in the threads of older messages, by searching for the keywords &quot;Votre compte ameli - Confirmation de votre adresse mail&quot; (the mail&apos;s subject) and &quot;Votre Assurance Maladie&quot; (the sender) (T8).</translation>
    </message>
    <message>
        <source>Les autres causes possibles : le mail non réceptionné peut être :</source>
        <translation>Other possible causes: the mail not received may have been:</translation>
    </message>
    <message>
        <source>Des manipulations peuvent aider à retrouver le mail introuvable, pour vérifier que :</source>
        <translation>A few checks can help find the missing mail, to make sure that:</translation>
    </message>
</context>
<context>
    <name>HandoutJob</name>
    <message>
        <source>Le pas-à-pas n&apos;a pas pu être préparé : le programme %1 n&apos;a pas démarré.</source>
        <translation>The step-by-step guide could not be prepared: the program %1 did not start.</translation>
    </message>
    <message>
        <source>Pas-à-pas annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Step-by-step guide cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Pas-à-pas enregistré : %1</source>
        <translation>Step-by-step guide saved: %1</translation>
    </message>
    <message>
        <source>Le pas-à-pas n&apos;a pas pu être écrit (code %1).</source>
        <translation>The step-by-step guide could not be written (code %1).</translation>
    </message>
    <message>
        <source>Le pas-à-pas n&apos;a pas pu être écrit : %1</source>
        <translation>The step-by-step guide could not be written: %1</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <source>L&apos;écran « %1 » manque : le pas-à-pas n&apos;a pas été écrit.</source>
        <translation>The screen &quot;%1&quot; is missing: the step-by-step guide was not written.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « %1 » : %2.</source>
        <translation>Cannot write &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>DOCUMENT DE FORMATION — DONNÉES FICTIVES</source>
        <translation>TRAINING DOCUMENT — FICTITIOUS DATA</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Édité le %1 par le simulateur, à partir de ses propres écrans.</source>
        <translation>Made on %1 by the simulator, from its own screens.</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>le PDF n&apos;a pas pu être dessiné</source>
        <translation>the PDF could not be drawn</translation>
    </message>
    <message>
        <source>Document de formation — données fictives</source>
        <translation>Training document — fictitious data</translation>
    </message>
    <message>
        <source>Simulateur du compte ameli %1</source>
        <translation>ameli account simulator %1</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Règles du parcours : %1</source>
        <translation>Journey rules: %1</translation>
    </message>
    <message>
        <source>Ce qui a un délai</source>
        <translation>What has a time limit</translation>
    </message>
    <message>
        <source>Délai</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Passé ce délai</source>
        <translation>Once it has gone by</translation>
    </message>
    <message>
        <source>Règles</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Dans le simulateur, le formateur avance l&apos;horloge (+5 min, +30 min, +7 jours, +21 jours) pour montrer chaque délai.</source>
        <translation>In the simulator, the trainer moves the clock forward (+5 min, +30 min, +7 days, +21 days) to show each delay.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Connectez-vous</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>InstallServerCommand</name>
    <message>
        <source>Serveur prêt (schéma %1), %2 postes et le rôle formateur.</source>
        <translation>Server ready (schema %1), %2 stations and the formateur role.</translation>
    </message>
    <message>
        <source>Sur chaque poste :</source>
        <translation>On each station:</translation>
    </message>
</context>
<context>
    <name>InteractionTap</name>
    <message>
        <source>texte</source>
        <translation>text</translation>
    </message>
    <message>
        <source>zone vide</source>
        <translation>empty area</translation>
    </message>
</context>
<context>
    <name>JourneyService</name>
    <message>
        <source>%1 champs sont à corriger.</source>
        <translation>%1 fields need correcting.</translation>
    </message>
    <message>
        <source>Pour finaliser la création de votre compte, merci de cliquer sur le lien reçu par email.</source>
        <translation>To finish creating your account, please click the link received by email.</translation>
    </message>
    <message>
        <source>Votre session a pris fin. Connectez-vous de nouveau.</source>
        <translation>Your session has ended. Log in again.</translation>
    </message>
    <message>
        <source>Saisissez les caractères affichés ou entendus.</source>
        <translation>Type the characters shown or heard.</translation>
    </message>
    <message>
        <source>Les informations saisies ne nous permettent pas de vous identifier. Vérifiez votre numéro de sécurité sociale et votre date de naissance.</source>
        <translation>The information entered does not let us identify you. Check your social security number and your date of birth.</translation>
    </message>
    <message>
        <source>Aucune adresse email n&apos;est connue pour vous : le code provisoire ne peut pas vous être envoyé. Contactez votre caisse d&apos;Assurance Maladie au 3646, qui pourra vous le remettre.</source>
        <translation>No email address is known for you: the provisional code cannot be sent to you. Contact your caisse d&apos;Assurance Maladie on 3646, which can give it to you.</translation>
    </message>
    <message>
        <source>Votre code provisoire vient de vous être envoyé par email à l&apos;adresse %1. Il est valable 30 minutes.</source>
        <translation>Your provisional code has just been sent by email to %1. It is valid for 30 minutes.</translation>
    </message>
    <message>
        <source>Saisissez votre code personnel ou le code provisoire à 4 chiffres reçu par email.</source>
        <translation>Enter your personal code or the 4-digit provisional code received by email.</translation>
    </message>
    <message>
        <source>Le numéro de sécurité sociale ou le code est incorrect.</source>
        <translation>The social security number or the code is incorrect.</translation>
    </message>
    <message>
        <source>Votre compte est temporairement bloqué après plusieurs codes erronés, jusqu&apos;au %1. Vous pouvez aussi cliquer sur « Code oublié ? » pour recevoir un nouveau code provisoire.</source>
        <translation>Your account is temporarily locked after several wrong codes, until %1. You can also click “Forgotten code?” to receive a new provisional code.</translation>
    </message>
    <message>
        <source>Ce code provisoire a expiré : il n&apos;est valable que 30 minutes. Cliquez sur « Code oublié ? » pour en recevoir un nouveau.</source>
        <translation>This provisional code has expired: it is valid for 30 minutes only. Click “Forgotten code?” to receive a new one.</translation>
    </message>
    <message>
        <source>Code incorrect. Après %1 essais erronés, votre compte est temporairement bloqué jusqu&apos;au %2. Cliquez sur « Code oublié ? » pour recevoir un nouveau code provisoire.</source>
        <translation>Wrong code. After %1 wrong attempts, your account is temporarily locked until %2. Click “Forgotten code?” to receive a new provisional code.</translation>
    </message>
    <message>
        <source>Le numéro de sécurité sociale ou le code est incorrect. Il vous reste 1 essai avant le blocage temporaire de votre compte.</source>
        <translation>The social security number or the code is incorrect. You have 1 attempt left before your account is temporarily locked.</translation>
    </message>
    <message>
        <source>Le numéro de sécurité sociale ou le code est incorrect. Il vous reste %1 essais avant le blocage temporaire de votre compte.</source>
        <translation>The social security number or the code is incorrect. You have %1 attempts left before your account is temporarily locked.</translation>
    </message>
    <message>
        <source>Le lien de validation n&apos;est plus actif : il n&apos;était valable que 7 jours. Nous pouvons vous renvoyer un lien à la même adresse (%1) ou à une adresse différente.</source>
        <translation>The validation link is no longer active: it was valid for 7 days only. We can send you a link again to the same address (%1) or to a different address.</translation>
    </message>
    <message>
        <source>Votre adresse email n&apos;a pas été confirmée dans les 21 jours : elle n&apos;est plus mémorisée. Saisissez une adresse email valide, un nouveau lien d&apos;activation vous y sera envoyé.</source>
        <translation>Your email address was not confirmed within 21 days: it is no longer kept. Enter a valid email address, a new activation link will be sent there.</translation>
    </message>
    <message>
        <source>Cette adresse email est déjà utilisée par un autre compte ameli (celui d&apos;un membre de votre famille par exemple). Saisissez une adresse qui n&apos;est qu&apos;à vous.</source>
        <translation>This email address is already used by another ameli account (a family member&apos;s, for example). Enter an address that is yours alone.</translation>
    </message>
    <message>
        <source>Indiquez si vous acceptez les conditions d&apos;utilisation.</source>
        <translation>Say whether you accept the conditions of use.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas accepté les conditions d&apos;utilisation : votre compte ameli n&apos;est pas activé. Pour recommencer, demandez un nouveau code provisoire avec « Code oublié ? ».</source>
        <translation>You did not accept the conditions of use: your ameli account is not activated. To start again, ask for a new provisional code with “Forgotten code?”.</translation>
    </message>
    <message>
        <source>Saisissez votre nouveau code.</source>
        <translation>Enter your new code.</translation>
    </message>
    <message>
        <source>Votre code personnel doit : %1.</source>
        <translation>Your personal code must: %1.</translation>
    </message>
    <message>
        <source>Confirmez votre nouveau code.</source>
        <translation>Confirm your new code.</translation>
    </message>
    <message>
        <source>Les deux codes saisis ne sont pas identiques.</source>
        <translation>The two codes typed are not the same.</translation>
    </message>
    <message>
        <source>Votre nouveau code personnel est enregistré.</source>
        <translation>Your new personal code is saved.</translation>
    </message>
    <message>
        <source>Confirmez votre adresse email.</source>
        <translation>Confirm your email address.</translation>
    </message>
    <message>
        <source>Ce lien a été bloqué par votre antivirus ou votre messagerie : il ne peut pas être ouvert. Essayez avec une autre messagerie ou une autre adresse email.</source>
        <translation>This link was blocked by your antivirus or your mail software: it cannot be opened. Try with another mail software or another email address.</translation>
    </message>
    <message>
        <source>Ce lien de validation n&apos;est pas reconnu.</source>
        <translation>This validation link is not recognised.</translation>
    </message>
    <message>
        <source>Votre adresse email est déjà confirmée. Connectez-vous avec votre code personnel.</source>
        <translation>Your email address is already confirmed. Log in with your personal code.</translation>
    </message>
    <message>
        <source>Ce lien provient d&apos;un ancien message : seul le lien du message le plus récent fonctionne. Recherchez dans votre messagerie le message « %1 » du %2.</source>
        <translation>This link comes from an old message: only the link of the most recent message works. Search your mailbox for the message “%1” of %2.</translation>
    </message>
    <message>
        <source>Votre adresse email est confirmée : votre compte ameli est activé. Connectez-vous avec votre code personnel.</source>
        <translation>Your email address is confirmed: your ameli account is activated. Log in with your personal code.</translation>
    </message>
    <message>
        <source>Un nouveau lien vous a été envoyé à l&apos;adresse %1.</source>
        <translation>A new link has been sent to %1.</translation>
    </message>
    <message>
        <source>Ce code provisoire a été remplacé par un code plus récent : seul le code du dernier mail « Votre compte ameli » reçu fonctionne.</source>
        <translation>This provisional code was replaced by a newer one: only the code of the last “Votre compte ameli” mail received works.</translation>
    </message>
    <message>
        <source>Le délai de 5 minutes est dépassé : une nouvelle liste de caractères vous est proposée.</source>
        <translation>The 5-minute limit has passed: a new list of characters is offered.</translation>
    </message>
    <message>
        <source>Les caractères saisis ne correspondent pas. Recommencez avec la nouvelle liste de caractères.</source>
        <translation>The characters typed do not match. Try again with the new list of characters.</translation>
    </message>
    <message>
        <source>Votre logiciel de messagerie a bloqué ce lien : il ne peut pas être ouvert depuis ce logiciel. Lisez ce mail dans la messagerie en ligne de votre fournisseur (dans le navigateur), puis cliquez à nouveau sur le lien.</source>
        <translation>Your mail program blocked this link: it cannot be opened from this program. Read this mail in your provider&apos;s webmail (in the browser), then click the link again.</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>&amp;Continuer</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Bienvenue !</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Essayez d&apos;activer le compte ameli de %1, une personne fictive : cliquez sur « Connectez-vous », puis sur « Code oublié ? ». Le code provisoire arrive dans la Messagerie, en haut à droite.</source>
        <translation>Try to activate the ameli account of %1, a fictitious person: click “Log in”, then “Forgotten code?”. The provisional code arrives in the Mailbox, at the top right.</translation>
    </message>
    <message>
        <source>Essayez le compte ameli, sans risque</source>
        <translation>Try the ameli account, safely</translation>
    </message>
    <message>
        <source>Ce simulateur de formation reproduit l&apos;activation d&apos;un compte ameli, de « Code oublié ? » jusqu&apos;au compte actif, avec une personne fictive : son identité est sur la fiche à gauche. Ne saisissez jamais votre propre numéro de sécurité sociale. Le code provisoire arrive dans la Messagerie, en haut à droite.</source>
        <translation>This training simulator reproduces the activation of an ameli account, from “Code oublié ?” to the active account, with a fictitious person: their identity is on the card on the left. Never type your own social security number. The provisional code arrives in the Mailbox, top right.</translation>
    </message>
    <message>
        <source>&amp;Commencer</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Sans action de votre part, le simulateur revient à l&apos;accueil dans %1 s et efface ce qui a été saisi.</source>
        <translation>Without any action from you, the simulator goes back to the home page in %1 s and erases what was typed.</translation>
    </message>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
</context>
<context>
    <name>KioskOverlay</name>
    <message>
        <source>Message du simulateur</source>
        <translation>Simulator message</translation>
    </message>
</context>
<context>
    <name>LinkExpiredPage</name>
    <message>
        <source>Saisissez une adresse email</source>
        <translation>Enter an email address</translation>
    </message>
    <message>
        <source>Le lien n&apos;est plus actif</source>
        <translation>The link is no longer active</translation>
    </message>
    <message>
        <source>Me renvoyer le lien à la même adresse email</source>
        <translation>Send the link again to the same email address</translation>
    </message>
    <message>
        <source>Me renvoyer le lien à une adresse email différente</source>
        <translation>Send the link again to a different email address</translation>
    </message>
    <message>
        <source>&amp;ENVOYER LE LIEN</source>
        <translation>&amp;SEND THE LINK</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>ME &amp;CONNECTER</source>
        <translation>LOG &amp;IN</translation>
    </message>
</context>
<context>
    <name>MailDelivery</name>
    <message>
        <source>supprimé automatiquement : contient « %1 »</source>
        <translation>deleted automatically: contains “%1”</translation>
    </message>
    <message>
        <source>liens bloqués par l&apos;antivirus</source>
        <translation>links blocked by the antivirus</translation>
    </message>
    <message>
        <source>liens bloqués dans le logiciel de messagerie (la messagerie en ligne les ouvre)</source>
        <translation>links blocked in the mail program (the webmail opens them)</translation>
    </message>
    <message>
        <source>classé dans les courriels indésirables</source>
        <translation>filed in junk mail</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Votre Assurance Maladie</source>
        <translation>Your Assurance Maladie</translation>
    </message>
    <message>
        <source>Votre compte ameli - Confirmation de votre adresse mail</source>
        <translation>Your ameli account - Confirmation of your email address</translation>
    </message>
    <message>
        <source>Votre compte ameli - Votre nouveau code provisoire</source>
        <translation>Your ameli account - Your new provisional code</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cher(e) assuré(e),&lt;/p&gt;&lt;p&gt;Nous vous adressons votre nouveau code confidentiel provisoire pour vous connecter à votre compte ameli :&lt;/p&gt;&lt;p&gt;C&apos;est simple et rapide :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Connectez-vous à votre compte ameli en &lt;a href=&quot;%1&quot;&gt;cliquant ici&lt;/a&gt; ou en ouvrant l&apos;application ameli,&lt;/li&gt;&lt;li&gt;Saisissez votre numéro de sécurité sociale (les 13 premiers chiffres) et le code provisoire affiché ci-contre.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Dear insured person,&lt;/p&gt;&lt;p&gt;Here is your new confidential provisional code to log in to your ameli account:&lt;/p&gt;&lt;p&gt;It is quick and easy:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Log in to your ameli account by &lt;a href=&quot;%1&quot;&gt;clicking here&lt;/a&gt; or by opening the ameli app,&lt;/li&gt;&lt;li&gt;Type your social security number (its first 13 digits) and the provisional code shown opposite.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ce code est strictement personnel et ne doit jamais être communiqué.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nous ne vous demandons jamais de code par téléphone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Si vous n&apos;êtes pas à l&apos;origine de cette demande, veuillez en informer rapidement votre caisse et modifiez votre code d&apos;accès au compte ameli.&lt;/p&gt;&lt;p&gt;Attention, ce message est généré par un automate.&lt;br&gt;Ne pas utiliser la fonctionnalité &quot;répondre à&quot;.&lt;/p&gt;&lt;p&gt;Merci de votre confiance.&lt;/p&gt;&lt;p&gt;Votre Caisse d&apos;Assurance Maladie&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;This code is strictly personal and must never be given to anyone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;We never ask for a code by telephone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;If you did not make this request, please tell your local office quickly and change the access code of your ameli account.&lt;/p&gt;&lt;p&gt;Please note, this message is sent automatically.&lt;br&gt;Do not use the &quot;reply&quot; function.&lt;/p&gt;&lt;p&gt;Thank you for your trust.&lt;/p&gt;&lt;p&gt;Your Caisse d&apos;Assurance Maladie&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pour profiter de &lt;b&gt;tous les services de votre compte ameli&lt;/b&gt;,&lt;br&gt;merci de confirmer votre email.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot; style=&quot;background-color: #0c419a; color: #ffffff; padding: 8px 16px; font-weight: bold;&quot;&gt;Confirmer mon email&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Si vous n&apos;êtes pas à l&apos;origine de cette demande, veuillez en informer rapidement&lt;br&gt;votre caisse et modifiez votre code d&apos;accès au compte ameli.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Attention, ce message est généré par un automate. Ne pas utiliser la&lt;br&gt;fonctionnalité &quot;répondre à&quot;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;p&gt;To enjoy &lt;b&gt;all the services of your ameli account&lt;/b&gt;,&lt;br&gt;please confirm your email.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%1&quot; style=&quot;background-color: #0c419a; color: #ffffff; padding: 8px 16px; font-weight: bold;&quot;&gt;Confirm my email&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;If you did not make this request, please tell your local office quickly&lt;br&gt;and change the access code of your ameli account.&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Please note, this message is sent automatically. Do not use the&lt;br&gt;&quot;reply&quot; function.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Rechercher (objet ou expéditeur) :</source>
        <translation>&amp;Search (subject or sender):</translation>
    </message>
    <message>
        <source>Rechercher (objet ou expéditeur)</source>
        <translation>Search (subject or sender)</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Folders</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Expéditeur</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contenu du message</source>
        <translation>Message content</translation>
    </message>
    <message>
        <source>De : %1
Objet : %2
Date : %3</source>
        <translation>From: %1
Subject: %2
Date: %3</translation>
    </message>
    <message>
        <source>Boîte de réception</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Regrouper par &amp;conversation</source>
        <translation>Group by &amp;conversation</translation>
    </message>
    <message>
        <source>Aucune adresse choisie</source>
        <translation>No address chosen</translation>
    </message>
    <message>
        <source>&amp;Lire avec :</source>
        <translation>&amp;Read with:</translation>
    </message>
    <message>
        <source>Lire avec</source>
        <translation>Read with</translation>
    </message>
    <message>
        <source>la messagerie en ligne du fournisseur (navigateur)</source>
        <translation>the provider&apos;s webmail (browser)</translation>
    </message>
    <message>
        <source>le logiciel de messagerie de l&apos;ordinateur</source>
        <translation>the computer&apos;s mail program</translation>
    </message>
    <message>
        <source>Le même courrier, lu dans le navigateur ou dans un logiciel installé (Outlook, le logiciel du fournisseur) : certains logiciels bloquent les liens (T4).</source>
        <translation>The same mail, read in the browser or in an installed program (Outlook, the provider&apos;s program): some programs block links (T4).</translation>
    </message>
    <message>
        <source>Regrouper par conversation</source>
        <translation>Group by conversation</translation>
    </message>
    <message>
        <source>Les messages de même objet forment un fil de discussion, le plus récent en tête.</source>
        <translation>Messages with the same subject form a conversation, the newest first.</translation>
    </message>
    <message>
        <source>Logiciel de messagerie</source>
        <translation>Mail program</translation>
    </message>
    <message>
        <source>Messagerie en ligne</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Messagerie (simulée) : %1</source>
        <translation>Mailbox (simulated): %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 : conversation de %n message(s)</source>
        <translation>
            <numerusform>%1: conversation of %n message</numerusform>
            <numerusform>%1: conversation of %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune adresse choisie : choisissez celle de la personne dans la liste « Adresse ».</source>
        <translation>No address chosen: choose the person&apos;s in the “Address” list.</translation>
    </message>
    <message>
        <source>Aucun message ne correspond à « %1 ».</source>
        <translation>No message matches “%1”.</translation>
    </message>
    <message>
        <source>Choisissez un message dans la liste pour le lire.</source>
        <translation>Choose a message in the list to read it.</translation>
    </message>
    <message>
        <source>Revenir au si&amp;te</source>
        <translation>Back to the si&amp;te</translation>
    </message>
    <message>
        <source>Revenir au site</source>
        <translation>Back to the site</translation>
    </message>
    <message>
        <source>Courriels indésirables/spams</source>
        <translation>Junk mail/spam</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Simulateur du compte ameli — formation</source>
        <translation>ameli account simulator — training</translation>
    </message>
    <message>
        <source>Simulateur de formation : données fictives, aucune connexion au vrai service. Ce n&apos;est pas le site de l&apos;Assurance Maladie.</source>
        <translation>Training simulator: fictitious data, no connection to the real service. This is not the Assurance Maladie website.</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Adresse de la page</source>
        <translation>Page address</translation>
    </message>
    <message>
        <source>Messagerie</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>1 non lu</source>
        <translation>1 unread</translation>
    </message>
    <message>
        <source>%1 non lus</source>
        <translation>%1 unread</translation>
    </message>
    <message>
        <source>&amp;Messagerie (%1)</source>
        <translation>&amp;Mailbox (%1)</translation>
    </message>
    <message>
        <source>&amp;Messagerie</source>
        <translation>&amp;Mailbox</translation>
    </message>
    <message>
        <source>Messagerie, %1</source>
        <translation>Mailbox, %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Connexion au serveur de la salle perdue — nouvel essai dans %1 s. La page et ce que vous avez saisi restent là.</source>
        <translation>Connection to the room&apos;s server lost — trying again in %1 s. The page and what you typed stay here.</translation>
    </message>
    <message>
        <source>Connexion au serveur de la salle rétablie : recommencez la dernière action si elle a été refusée.</source>
        <translation>Connection to the room&apos;s server restored: do the last action again if it was refused.</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>À &amp;propos du simulateur…</source>
        <translation>&amp;About the simulator…</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Réussite directe</source>
        <translation>Direct success</translation>
    </message>
    <message>
        <source>Réussite indirecte</source>
        <translation>Indirect success</translation>
    </message>
    <message>
        <source>Échec : %1</source>
        <translation>Failure: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, à %4)</source>
        <translation>%1 — %2 (%3, at %4)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 en %2 ; %3 erreur(s), %4 clic(s) sans effet, %5 indice(s).</source>
        <translation>%1 in %2; %3 mistake(s), %4 click(s) on nothing, %5 hint(s).</translation>
    </message>
    <message>
        <source>Erreur : %1</source>
        <translation>Mistake: %1</translation>
    </message>
    <message>
        <source>Situation du scénario (non comptée) : %1</source>
        <translation>Situation of the scenario (not counted): %1</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>Saisissez votre numéro de sécurité sociale.</source>
        <translation>Enter your social security number.</translation>
    </message>
    <message numerus="yes">
        <source>Le numéro de sécurité sociale comporte 13 caractères (15 avec la clé) : vous en avez saisi %n.</source>
        <translation>
            <numerusform>The social security number has 13 characters (15 with the key): you typed %n.</numerusform>
            <numerusform>The social security number has 13 characters (15 with the key): you typed %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le numéro de sécurité sociale ne contient que des chiffres (et 2A ou 2B pour une naissance en Corse).</source>
        <translation>The social security number holds only digits (and 2A or 2B for a birth in Corsica).</translation>
    </message>
    <message>
        <source>Ce numéro commence par 7 ou 8 : c&apos;est un numéro provisoire, pas de compte ameli possible.</source>
        <translation>This number starts with 7 or 8: it is a temporary number, no ameli account is possible.</translation>
    </message>
    <message>
        <source>Le premier chiffre du numéro de sécurité sociale doit être 1 ou 2.</source>
        <translation>The first digit of the social security number must be 1 or 2.</translation>
    </message>
    <message>
        <source>Le mois de naissance (4e et 5e chiffres) doit être compris entre 01 et 12, ou entre 20 et 99 s&apos;il est inconnu.</source>
        <translation>The month of birth (digits 4 and 5) must be between 01 and 12, or between 20 and 99 when unknown.</translation>
    </message>
    <message>
        <source>Le département de naissance (6e et 7e caractères) doit être compris entre 01 et 99, ou valoir 2A ou 2B.</source>
        <translation>The department of birth (characters 6 and 7) must be between 01 and 99, or be 2A or 2B.</translation>
    </message>
    <message>
        <source>La clé de contrôle est invalide.</source>
        <translation>The check key is invalid.</translation>
    </message>
</context>
<context>
    <name>ParticipantCard</name>
    <message>
        <source>Votre mission</source>
        <translation>Your task</translation>
    </message>
    <message>
        <source>Votre identité (fictive) :</source>
        <translation>Your (fictitious) identity:</translation>
    </message>
    <message>
        <source>J&apos;ai &amp;terminé</source>
        <translation>I have &amp;finished</translation>
    </message>
    <message>
        <source>J&apos;a&amp;bandonne</source>
        <translation>I &amp;give up</translation>
    </message>
    <message>
        <source>Abandonner cette tâche ?</source>
        <translation>Give up this task?</translation>
    </message>
    <message>
        <source>Oui, j&apos;abandonne</source>
        <translation>Yes, I give up</translation>
    </message>
    <message>
        <source>Non, je continue</source>
        <translation>No, I go on</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>N° de sécurité sociale :</source>
        <translation>Social security number:</translation>
    </message>
    <message>
        <source>Date de naissance :</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Adresse email :</source>
        <translation>Email address:</translation>
    </message>
    <message>
        <source>Votre code personnel :</source>
        <translation>Your personal code:</translation>
    </message>
    <message>
        <source>Votre mission : %1</source>
        <translation>Your task: %1</translation>
    </message>
    <message>
        <source>Objectif atteint</source>
        <translation>Objective reached</translation>
    </message>
    <message>
        <source>Bravo : %1.</source>
        <translation>Well done: %1.</translation>
    </message>
    <message>
        <source>La tentative est enregistrée. Le formateur peut vous proposer de recommencer.</source>
        <translation>The attempt is recorded. The trainer may ask you to start again.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Masquer</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Masquer le code</source>
        <translation>Hide the code</translation>
    </message>
    <message>
        <source>Afficher le code</source>
        <translation>Show the code</translation>
    </message>
</context>
<context>
    <name>PersonaCsvImporter</name>
    <message>
        <source>ligne %1 : %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>… et d&apos;autres erreurs : corrigez d&apos;abord celles-ci.</source>
        <translation>… and more errors: correct these first.</translation>
    </message>
    <message>
        <source>le fichier est vide ; la première ligne doit être nir;date_naissance;prenom;nom;email</source>
        <translation>the file is empty; the first line must be nir;date_naissance;prenom;nom;email</translation>
    </message>
    <message>
        <source>la colonne « %1 » manque dans l&apos;en-tête</source>
        <translation>the column “%1” is missing from the header</translation>
    </message>
    <message>
        <source>%1 colonne(s) au lieu de %2</source>
        <translation>%1 column(s) instead of %2</translation>
    </message>
    <message>
        <source>le prénom et le nom sont obligatoires</source>
        <translation>the first name and the name are mandatory</translation>
    </message>
    <message>
        <source>ce numéro de sécurité sociale figure déjà à la ligne %1</source>
        <translation>this social security number is already on line %1</translation>
    </message>
    <message>
        <source>ce numéro de sécurité sociale est déjà dans la base du simulateur</source>
        <translation>this social security number is already in the simulator&apos;s database</translation>
    </message>
    <message>
        <source>le fichier dépasse %1 Mo : découpez-le</source>
        <translation>the file is larger than %1 MB: split it</translation>
    </message>
    <message>
        <source>ligne trop longue (%1 caractères au plus)</source>
        <translation>line too long (%1 characters at most)</translation>
    </message>
    <message>
        <source>caractère illisible : enregistrez le fichier en UTF-8 ou en « CSV (séparateur : point-virgule) » depuis Excel</source>
        <translation>unreadable character: save the file as UTF-8, or as « CSV (semicolon delimited) » from Excel</translation>
    </message>
</context>
<context>
    <name>PersonaImportCommand</name>
    <message>
        <source>Impossible de lire le fichier %1 : %2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>Import en cours : %1 %</source>
        <translation>Importing: %1 %</translation>
    </message>
    <message>
        <source>Aucune personne n&apos;a été importée : corrigez les lignes ci-dessus puis relancez l&apos;import.</source>
        <translation>No person was imported: correct the lines above, then run the import again.</translation>
    </message>
    <message>
        <source>1 personne importée dans %1.</source>
        <translation>1 person imported into %1.</translation>
    </message>
    <message>
        <source>%1 personnes importées dans %2.</source>
        <translation>%1 persons imported into %2.</translation>
    </message>
    <message>
        <source>Import en cours : enregistrement…</source>
        <translation>Importing: saving…</translation>
    </message>
</context>
<context>
    <name>PersonalCodePage</name>
    <message>
        <source>&amp;ANNULER</source>
        <translation>&amp;CANCEL</translation>
    </message>
    <message>
        <source>ANNULER</source>
        <translation>CANCEL</translation>
    </message>
    <message>
        <source>C&amp;ONTINUER</source>
        <translation>C&amp;ONTINUE</translation>
    </message>
    <message>
        <source>Caractères latins autorisés : %1</source>
        <translation>Allowed Latin characters: %1</translation>
    </message>
    <message>
        <source>Caractères spéciaux autorisés : %1</source>
        <translation>Allowed special characters: %1</translation>
    </message>
</context>
<context>
    <name>PersonalCodePolicy</name>
    <message>
        <source>comporter entre 8 et 50 caractères</source>
        <translation>have between 8 and 50 characters</translation>
    </message>
    <message>
        <source>contenir des caractères latins minuscules et majuscules</source>
        <translation>contain lower-case and upper-case Latin characters</translation>
    </message>
    <message>
        <source>contenir un chiffre ou un caractère spécial</source>
        <translation>contain a digit or a special character</translation>
    </message>
    <message>
        <source>ne contenir que des caractères autorisés</source>
        <translation>contain only allowed characters</translation>
    </message>
    <message>
        <source>ne pas contenir votre n° de sécurité sociale, votre date de naissance ou une partie de celle-ci</source>
        <translation>not contain your social security number, your date of birth or a part of it</translation>
    </message>
    <message>
        <source>être saisi deux fois à l&apos;identique</source>
        <translation>be typed twice the same</translation>
    </message>
</context>
<context>
    <name>PhoneNumberValidator</name>
    <message>
        <source>Ce numéro de téléphone n&apos;est pas valide : saisissez 10 chiffres, par exemple 06 12 34 56 78, ou +33 6 12 34 56 78.</source>
        <translation>This phone number is not valid: type 10 digits, for example 06 12 34 56 78, or +33 6 12 34 56 78.</translation>
    </message>
    <message>
        <source>Saisissez un numéro de téléphone français.</source>
        <translation>Enter a French phone number.</translation>
    </message>
    <message>
        <source>Ce numéro n&apos;existe pas : vérifiez ses chiffres (un portable commence par 06 ou 07, ou par 0690, 0694, 0696, 0692, 0639... outre-mer).</source>
        <translation>This number does not exist: check its digits (a mobile starts with 06 or 07, or with 0690, 0694, 0696, 0692, 0639... overseas).</translation>
    </message>
    <message>
        <source>Ce numéro n&apos;est pas un numéro de portable : il doit commencer par 06 ou 07 (0690, 0694, 0696, 0692, 0639... outre-mer).</source>
        <translation>This is not a mobile number: it must start with 06 or 07 (0690, 0694, 0696, 0692, 0639... overseas).</translation>
    </message>
    <message>
        <source>Ce numéro n&apos;est pas un numéro de fixe : il doit commencer par 01 à 05 ou 09 (0590, 0594, 0596, 0262, 0269... outre-mer).</source>
        <translation>This is not a landline number: it must start with 01 to 05 or 09 (0590, 0594, 0596, 0262, 0269... overseas).</translation>
    </message>
</context>
<context>
    <name>Questionnaires</name>
    <message>
        <source>Dans l&apos;ensemble, cette tâche était :</source>
        <translation>Overall, this task was:</translation>
    </message>
    <message>
        <source>Très difficile</source>
        <translation>Very difficult</translation>
    </message>
    <message>
        <source>Très facile</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <source>Je pense que je vais utiliser ce système fréquemment.</source>
        <translation>I think that I would like to use this system frequently.</translation>
    </message>
    <message>
        <source>Je trouve ce système inutilement complexe.</source>
        <translation>I found the system unnecessarily complex.</translation>
    </message>
    <message>
        <source>Je pense que ce système est facile à utiliser.</source>
        <translation>I thought the system was easy to use.</translation>
    </message>
    <message>
        <source>Je pense que j&apos;aurai besoin de l&apos;aide d&apos;un technicien pour être capable d&apos;utiliser ce système.</source>
        <translation>I think that I would need the support of a technical person to be able to use this system.</translation>
    </message>
    <message>
        <source>J&apos;ai trouvé que les différentes fonctions de ce système ont été bien intégrées.</source>
        <translation>I found the various functions in this system were well integrated.</translation>
    </message>
    <message>
        <source>Je pense qu&apos;il y a trop d&apos;incohérence dans ce système.</source>
        <translation>I thought there was too much inconsistency in this system.</translation>
    </message>
    <message>
        <source>J&apos;imagine que la plupart des gens serait capable d&apos;apprendre à utiliser ce système très rapidement.</source>
        <translation>I would imagine that most people would learn to use this system very quickly.</translation>
    </message>
    <message>
        <source>J&apos;ai trouvé ce système très lourd à utiliser.</source>
        <translation>I found the system very cumbersome to use.</translation>
    </message>
    <message>
        <source>Je me sentais très en confiance en utilisant ce système.</source>
        <translation>I felt very confident using the system.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;apprendre beaucoup de choses avant de pouvoir utiliser ce système.</source>
        <translation>I needed to learn a lot of things before I could get going with this system.</translation>
    </message>
    <message>
        <source>Pas du tout d&apos;accord</source>
        <translation>Strongly disagree</translation>
    </message>
    <message>
        <source>Tout à fait d&apos;accord</source>
        <translation>Strongly agree</translation>
    </message>
    <message>
        <source>Pour chaque affirmation, indiquez votre accord, de 1 (pas du tout d&apos;accord) à 5 (tout à fait d&apos;accord). Si vous hésitez, choisissez 3.</source>
        <translation>For each statement, give your agreement, from 1 (strongly disagree) to 5 (strongly agree). If you hesitate, choose 3.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Cette tentative n&apos;existe plus : elle a peut-être été supprimée.</source>
        <translation>This attempt no longer exists: it may have been deleted.</translation>
    </message>
    <message>
        <source>Rejeu — %1, %2</source>
        <translation>Replay — %1, %2</translation>
    </message>
    <message>
        <source>Pages rejouées</source>
        <translation>Replayed pages</translation>
    </message>
    <message>
        <source>É&amp;vénements</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>Événements</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Note à ce moment</source>
        <translation>Note at this moment</translation>
    </message>
    <message>
        <source>Une note à ce moment du rejeu</source>
        <translation>A note at this moment of the replay</translation>
    </message>
    <message>
        <source>A&amp;jouter la note</source>
        <translation>A&amp;dd the note</translation>
    </message>
    <message>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <source>&amp;Lecture</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Vitesse</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>&amp;Vitesse :</source>
        <translation>&amp;Speed:</translation>
    </message>
    <message>
        <source>Position dans la tentative</source>
        <translation>Position in the attempt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (messagerie)</source>
        <translation> (mailbox)</translation>
    </message>
    <message>
        <source>Messagerie : %1</source>
        <translation>Mailbox: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Simulateur du compte ameli — document de formation, données fictives. Édité le %1.</source>
        <translation>ameli account simulator — training document, fictitious data. Printed on %1.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « %1 » : %2.</source>
        <translation>Cannot write “%1”: %2.</translation>
    </message>
    <message>
        <source>Tentative de %1 : %2</source>
        <translation>Attempt by %1: %2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Scénario ou tâche</source>
        <translation>Scenario or task</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Temps sur la tâche</source>
        <translation>Time on task</translation>
    </message>
    <message>
        <source>Erreurs</source>
        <translation>Mistakes</translation>
    </message>
    <message>
        <source>Clics sans effet</source>
        <translation>Clicks on nothing</translation>
    </message>
    <message>
        <source>Retours en arrière</source>
        <translation>Backtracks</translation>
    </message>
    <message>
        <source>Détours</source>
        <translation>Detours</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>Facilité ressentie (SEQ, 1 à 7)</source>
        <translation>Perceived ease (SEQ, 1 to 7)</translation>
    </message>
    <message>
        <source>Frise</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Temps par étape</source>
        <translation>Time per step</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Erreurs et situations</source>
        <translation>Mistakes and situations</translation>
    </message>
    <message>
        <source>Aucune erreur.</source>
        <translation>No mistake.</translation>
    </message>
    <message>
        <source>Chemin</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Attendu :</source>
        <translation>Expected:</translation>
    </message>
    <message>
        <source>non précisé</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Suivi :</source>
        <translation>Taken:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Aucune note.</source>
        <translation>No note.</translation>
    </message>
    <message>
        <source>Tentative %1</source>
        <translation>Attempt %1</translation>
    </message>
    <message>
        <source>Résultats du groupe</source>
        <translation>Group results</translation>
    </message>
    <message>
        <source>Tentatives</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Réussite</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Temps médian</source>
        <translation>Median time</translation>
    </message>
    <message>
        <source>Erreurs (moyenne)</source>
        <translation>Mistakes (mean)</translation>
    </message>
    <message>
        <source>SUS moyen</source>
        <translation>Mean SUS</translation>
    </message>
</context>
<context>
    <name>RuleChecklist</name>
    <message>
        <source>caractères latins</source>
        <translation>Latin characters</translation>
    </message>
    <message>
        <source>caractère spécial</source>
        <translation>special character</translation>
    </message>
    <message>
        <source>Liste des caractères latins</source>
        <translation>List of Latin characters</translation>
    </message>
    <message>
        <source>Liste des caractères spéciaux</source>
        <translation>List of special characters</translation>
    </message>
    <message>
        <source>respecté</source>
        <translation>met</translation>
    </message>
    <message>
        <source>non respecté</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Règle respectée : %1</source>
        <translation>Rule met: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioCatalog</name>
    <message>
        <source>l&apos;identifiant « %1 » est déjà celui de %2</source>
        <translation>the id “%1” is already the one of %2</translation>
    </message>
</context>
<context>
    <name>ScenarioGoal</name>
    <message>
        <source>le compte est activé</source>
        <translation>the account is activated</translation>
    </message>
    <message>
        <source>un code provisoire a été obtenu</source>
        <translation>a provisional code was obtained</translation>
    </message>
    <message>
        <source>l&apos;activation a commencé (conditions acceptées)</source>
        <translation>the activation has started (conditions accepted)</translation>
    </message>
    <message>
        <source>un nouveau code personnel est choisi</source>
        <translation>a new personal code is chosen</translation>
    </message>
    <message>
        <source>un nouveau lien de validation est envoyé</source>
        <translation>a new validation link is sent</translation>
    </message>
</context>
<context>
    <name>ScenarioParser</name>
    <message>
        <source>JSON invalide à l&apos;octet %1 : %2</source>
        <translation>invalid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>le fichier doit contenir un objet JSON { ... }</source>
        <translation>the file must hold a JSON object { ... }</translation>
    </message>
    <message>
        <source>« id » manque ou contient un espace</source>
        <translation>“id” is missing or contains a space</translation>
    </message>
    <message>
        <source>« title » (le titre en français) manque</source>
        <translation>“title” (the French title) is missing</translation>
    </message>
    <message>
        <source>« objective » (l&apos;objectif pédagogique) manque</source>
        <translation>“objective” (the learning objective) is missing</translation>
    </message>
    <message>
        <source>« persona » doit être le numéro de sécurité sociale d&apos;une personne de démonstration</source>
        <translation>“persona” must be the social security number of a demo persona</translation>
    </message>
    <message>
        <source>« goal » inconnu : « %1 » (possibles : %2)</source>
        <translation>unknown “goal”: “%1” (possible: %2)</translation>
    </message>
    <message>
        <source>« start.state » inconnu : « %1 » (possibles : %2)</source>
        <translation>unknown “start.state”: “%1” (possible: %2)</translation>
    </message>
    <message>
        <source>« start.personalCode » est nécessaire à partir de l&apos;état « personal_code_chosen »</source>
        <translation>“start.personalCode” is needed from the state “personal_code_chosen” on</translation>
    </message>
    <message>
        <source>« providers » : « pattern » manque</source>
        <translation>“providers”: “pattern” is missing</translation>
    </message>
    <message>
        <source>« expectedPath » : étape inconnue « %1 » (possibles : %2)</source>
        <translation>“expectedPath”: unknown step “%1” (possible: %2)</translation>
    </message>
    <message>
        <source>« symptomRules » : « %1 » n&apos;est pas un identifiant de règle (F3, V4...)</source>
        <translation>“symptomRules”: “%1” is not a rule ID (F3, V4...)</translation>
    </message>
    <message>
        <source>« start.mailReader » inconnu : « %1 » (possibles : webmail, program)</source>
        <translation>unknown “start.mailReader”: “%1” (possible: webmail, program)</translation>
    </message>
    <message>
        <source>« providers » : comportement inconnu « %1 » (spam, delete_containing, block_links, program_blocks_links)</source>
        <translation>“providers”: unknown behaviour “%1” (spam, delete_containing, block_links, program_blocks_links)</translation>
    </message>
    <message>
        <source>« en » doit être un objet { &quot;title&quot;: ..., &quot;hints&quot;: [...] }</source>
        <translation>« en » must be an object { &quot;title&quot;: ..., &quot;hints&quot;: [...] }</translation>
    </message>
    <message>
        <source>« en.hints » doit avoir autant d&apos;indices que « hints » (%1)</source>
        <translation>« en.hints » must have as many hints as « hints » (%1)</translation>
    </message>
    <message>
        <source>« start.%1 » doit être un nombre entier de %2 à %3</source>
        <translation>« start.%1 » must be a whole number from %2 to %3</translation>
    </message>
</context>
<context>
    <name>ScenarioSetup</name>
    <message>
        <source>Le scénario « %1 » nomme une personne qui n&apos;est pas parmi les personnes de démonstration.</source>
        <translation>Scenario “%1” names a person who is not among the demo personas.</translation>
    </message>
    <message>
        <source>Librairie du Centre</source>
        <translation>Town Bookshop</translation>
    </message>
    <message>
        <source>Mairie de Lyon</source>
        <translation>Lyon Town Hall</translation>
    </message>
    <message>
        <source>Cousin Paul</source>
        <translation>Cousin Paul</translation>
    </message>
    <message>
        <source>Banque Exemple</source>
        <translation>Example Bank</translation>
    </message>
    <message>
        <source>Club de randonnée</source>
        <translation>Hiking Club</translation>
    </message>
    <message>
        <source>Votre commande est expédiée</source>
        <translation>Your order has shipped</translation>
    </message>
    <message>
        <source>Inscriptions scolaires</source>
        <translation>School enrolment</translation>
    </message>
    <message>
        <source>Photos du week-end</source>
        <translation>Weekend photos</translation>
    </message>
    <message>
        <source>Votre relevé est disponible</source>
        <translation>Your statement is available</translation>
    </message>
    <message>
        <source>Sortie de dimanche</source>
        <translation>Sunday outing</translation>
    </message>
    <message>
        <source>&lt;p&gt;Message sans rapport avec le compte ameli.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A message unrelated to the ameli account.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SeqDialog</name>
    <message>
        <source>&amp;Valider</source>
        <translation>&amp;Validate</translation>
    </message>
    <message>
        <source>&amp;Passer cette question</source>
        <translation>&amp;Skip this question</translation>
    </message>
    <message>
        <source>Votre avis sur la tâche</source>
        <translation>Your opinion of the task</translation>
    </message>
    <message>
        <source>Tâche terminée : %1</source>
        <translation>Task over: %1</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Passer cette question</source>
        <translation>Skip this question</translation>
    </message>
</context>
<context>
    <name>SiteFooter</name>
    <message>
        <source>Accessibilité : partiellement conforme</source>
        <translation>Accessibility: partially compliant</translation>
    </message>
    <message>
        <source>Mentions légales</source>
        <translation>Legal notice</translation>
    </message>
    <message>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Gestion des cookies</source>
        <translation>Cookie settings</translation>
    </message>
    <message>
        <source>Plan du site</source>
        <translation>Site map</translation>
    </message>
    <message>
        <source>Simulateur de formation, données fictives. Les pages citées ci-dessus ne sont pas reproduites.</source>
        <translation>Training simulator, fictitious data. The pages listed above are not reproduced.</translation>
    </message>
</context>
<context>
    <name>SiteHeader</name>
    <message>
        <source>Emblème fictif du simulateur</source>
        <translation>The simulator&apos;s fictitious emblem</translation>
    </message>
    <message>
        <source>compte ameli</source>
        <translation>ameli account</translation>
    </message>
    <message>
        <source>Assurance Maladie — simulation de formation</source>
        <translation>Assurance Maladie — training simulation</translation>
    </message>
    <message>
        <source>Espace assuré</source>
        <translation>Insured person&apos;s area</translation>
    </message>
</context>
<context>
    <name>StationLink</name>
    <message>
        <source>Le formateur a démarré le scénario « %1 ».</source>
        <translation>The trainer started the scenario “%1”.</translation>
    </message>
    <message>
        <source>Le formateur a avancé l&apos;horloge de la simulation.</source>
        <translation>The trainer moved the simulation&apos;s clock forward.</translation>
    </message>
    <message>
        <source>Le formateur a remis le scénario à son début.</source>
        <translation>The trainer put the scenario back to its start.</translation>
    </message>
    <message>
        <source>Pause demandée par le formateur : l&apos;écran reprendra à son signal.</source>
        <translation>Pause asked by the trainer: the screen will resume at their signal.</translation>
    </message>
    <message>
        <source>Le formateur a levé la pause : vous pouvez continuer.</source>
        <translation>The trainer lifted the pause: you can go on.</translation>
    </message>
    <message>
        <source>Le formateur a terminé l&apos;exercice.</source>
        <translation>The trainer ended the exercise.</translation>
    </message>
</context>
<context>
    <name>StationTile</name>
    <message>
        <source>Choisir le poste %1</source>
        <translation>Choose station %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>participant non indiqué</source>
        <translation>participant not given</translation>
    </message>
    <message>
        <source>exploration libre</source>
        <translation>free exploration</translation>
    </message>
    <message>
        <source>Étape : %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>pas encore commencé</source>
        <translation>not started yet</translation>
    </message>
    <message>
        <source>Temps passé : %1 min %2 s</source>
        <translation>Time spent: %1 min %2 s</translation>
    </message>
    <message>
        <source>Temps passé : —</source>
        <translation>Time spent: —</translation>
    </message>
    <message>
        <source>Erreurs : %1 · Indices : %2</source>
        <translation>Mistakes: %1 · Hints: %2</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Bloqué ? Aucune étape depuis %1 min</source>
        <translation>Stuck? No step for %1 min</translation>
    </message>
    <message>
        <source>Poste %1</source>
        <translation>Station %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Étape %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Étape %1 sur 3</source>
        <translation>Step %1 of 3</translation>
    </message>
</context>
<context>
    <name>StepKeys</name>
    <message>
        <source>Accueil ameli.fr</source>
        <translation>ameli.fr home</translation>
    </message>
    <message>
        <source>Création de compte</source>
        <translation>Account creation</translation>
    </message>
    <message>
        <source>Code oublié ?</source>
        <translation>Forgotten code?</translation>
    </message>
    <message>
        <source>Code envoyé</source>
        <translation>Code sent</translation>
    </message>
    <message>
        <source>Connexion</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Étape 1 : conditions</source>
        <translation>Step 1: conditions</translation>
    </message>
    <message>
        <source>Étape 2 : code personnel</source>
        <translation>Step 2: personal code</translation>
    </message>
    <message>
        <source>Étape 3 : coordonnées</source>
        <translation>Step 3: contact details</translation>
    </message>
    <message>
        <source>Validation de l&apos;email</source>
        <translation>Email validation</translation>
    </message>
    <message>
        <source>Lien expiré</source>
        <translation>Link expired</translation>
    </message>
    <message>
        <source>Nouvelle adresse email</source>
        <translation>New email address</translation>
    </message>
    <message>
        <source>Mon compte</source>
        <translation>My account</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Niveau indicatif de sécurité</source>
        <translation>Indicative security level</translation>
    </message>
    <message>
        <source>Niveau indicatif de sécurité : %1</source>
        <translation>Indicative security level: %1</translation>
    </message>
</context>
<context>
    <name>SusDialog</name>
    <message>
        <source>&amp;Valider mes réponses</source>
        <translation>&amp;Validate my answers</translation>
    </message>
    <message>
        <source>Questionnaire de fin de séance</source>
        <translation>End-of-session questionnaire</translation>
    </message>
    <message>
        <source>Valider mes réponses</source>
        <translation>Validate my answers</translation>
    </message>
    <message>
        <source>%1 réponse(s) sur %2</source>
        <translation>%1 answer(s) out of %2</translation>
    </message>
    <message>
        <source>Toutes les questions ont une réponse.</source>
        <translation>Every question has an answer.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Frise de la tentative</source>
        <translation>Timeline of the attempt</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>à %1 : %2</source>
        <translation>at %1: %2</translation>
    </message>
    <message>
        <source>Choisissez une tentative dans la liste.</source>
        <translation>Choose an attempt in the list.</translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <source>expiré</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>%1 j %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Formateur</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Vue conseiller</source>
        <translation>Agent&apos;s view</translation>
    </message>
    <message>
        <source>Scénario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Démarrer le scénario</source>
        <translation>Start the scenario</translation>
    </message>
    <message>
        <source>Guidé (indices pas à pas)</source>
        <translation>Guided (step-by-step hints)</translation>
    </message>
    <message>
        <source>Examen (indices cachés)</source>
        <translation>Exam (hints hidden)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Indice &amp;suivant</source>
        <translation>&amp;Next hint</translation>
    </message>
    <message>
        <source>Indice suivant</source>
        <translation>Next hint</translation>
    </message>
    <message>
        <source>Recommencer le scénario</source>
        <translation>Restart the scenario</translation>
    </message>
    <message>
        <source>Horloge de simulation</source>
        <translation>Simulation clock</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>+30 min</source>
        <translation>+30 min</translation>
    </message>
    <message>
        <source>+1 jour</source>
        <translation>+1 day</translation>
    </message>
    <message>
        <source>+7 jours</source>
        <translation>+7 days</translation>
    </message>
    <message>
        <source>+21 jours</source>
        <translation>+21 days</translation>
    </message>
    <message>
        <source>Avancer l&apos;horloge de %1</source>
        <translation>Move the clock forward by %1</translation>
    </message>
    <message>
        <source>Minutes :</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <source>Avancer de (minutes)</source>
        <translation>Move forward by (minutes)</translation>
    </message>
    <message>
        <source>&amp;Heure réelle</source>
        <translation>&amp;Real time</translation>
    </message>
    <message>
        <source>Revenir à l&apos;heure réelle</source>
        <translation>Back to real time</translation>
    </message>
    <message>
        <source>Ce qui va expirer</source>
        <translation>What will expire</translation>
    </message>
    <message>
        <source>Personne suivie</source>
        <translation>Followed person</translation>
    </message>
    <message>
        <source>Délai</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Reste</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Démarrer un scénario</source>
        <translation>Start a scenario</translation>
    </message>
    <message>
        <source>Démarrer un scénario efface les personnes, les comptes et les mails de la base %1, puis remet les personnes de démonstration. Continuer ?</source>
        <translation>Starting a scenario erases the persons, accounts and mails of the database %1, then puts the demo personas back. Continue?</translation>
    </message>
    <message>
        <source>Aucun scénario : choisissez-en un et cliquez sur Démarrer.</source>
        <translation>No scenario: choose one and click Start.</translation>
    </message>
    <message>
        <source>%1
Objectif : %2
L&apos;appelant dit : %3</source>
        <translation>%1
Objective: %2
The caller says: %3</translation>
    </message>
    <message>
        <source>Mode examen : les indices sont cachés.</source>
        <translation>Exam mode: the hints are hidden.</translation>
    </message>
    <message>
        <source>Aucun indice affiché.</source>
        <translation>No hint shown.</translation>
    </message>
    <message>
        <source>Heure simulée : %1 (avance : %2 j %3 h %4 min)</source>
        <translation>Simulated time: %1 (ahead by: %2 d %3 h %4 min)</translation>
    </message>
    <message>
        <source>Caractères du CAPTCHA en cours : %1</source>
        <translation>Characters of the current CAPTCHA: %1</translation>
    </message>
    <message>
        <source>CAPTCHA (5 min)</source>
        <translation>CAPTCHA (5 min)</translation>
    </message>
    <message>
        <source>Code provisoire (30 min)</source>
        <translation>Provisional code (30 min)</translation>
    </message>
    <message>
        <source>Blocage du compte</source>
        <translation>Account lock</translation>
    </message>
    <message>
        <source>Lien de validation (7 jours)</source>
        <translation>Validation link (7 days)</translation>
    </message>
    <message>
        <source>Adresse mémorisée (21 jours)</source>
        <translation>Address kept (21 days)</translation>
    </message>
    <message>
        <source>État du compte :</source>
        <translation>Account state:</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Aucun envoi.</source>
        <translation>Nothing sent.</translation>
    </message>
    <message>
        <source>À dire à l&apos;appelant :</source>
        <translation>What to tell the caller:</translation>
    </message>
    <message>
        <source>Objectif atteint : %1. %2</source>
        <translation>Objective reached: %1. %2</translation>
    </message>
    <message>
        <source>Participant (code)</source>
        <translation>Participant (code)</translation>
    </message>
    <message>
        <source>P07</source>
        <translation>P07</translation>
    </message>
    <message>
        <source>Un code, jamais un nom : P07, stagiaire-3…</source>
        <translation>A code, never a name: P07, trainee-3…</translation>
    </message>
    <message>
        <source>Débriefing</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Les tentatives enregistrées : mesures, frise, rejeu, rapports.</source>
        <translation>The recorded attempts: measures, timeline, replay, reports.</translation>
    </message>
    <message>
        <source>anonyme</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Aucune erreur pour l&apos;instant.</source>
        <translation>No mistake so far.</translation>
    </message>
    <message>
        <source>Démarre&amp;r</source>
        <translation>Sta&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Participant (code) :</source>
        <translation>&amp;Participant (code):</translation>
    </message>
    <message>
        <source>Mode :</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Recommencer le scé&amp;nario</source>
        <translation>Restart the sce&amp;nario</translation>
    </message>
    <message>
        <source>Débrie&amp;fing…</source>
        <translation>Debrie&amp;fing…</translation>
    </message>
    <message>
        <source>Avancer l&apos;horlo&amp;ge</source>
        <translation>Advance the clock (&amp;g)</translation>
    </message>
    <message>
        <source>Avancer l&apos;horloge</source>
        <translation>Advance the clock</translation>
    </message>
    <message>
        <source>Personne s&amp;uivie :</source>
        <translation>Person followed (&amp;u):</translation>
    </message>
    <message>
        <source>Voir la réponse</source>
        <translation>Show the answer</translation>
    </message>
    <message>
        <source>Mode examen : que diriez-vous à l&apos;appelant ? La réponse s&apos;affiche quand vous la demandez.</source>
        <translation>Exam mode: what would you tell the caller? The answer shows when you ask for it.</translation>
    </message>
    <message>
        <source>Imprimer le pas-à-pas</source>
        <translation>Print the step-by-step guide</translation>
    </message>
    <message>
        <source>Un PDF A4 à distribuer : chaque écran du parcours avec l&apos;explication du guide, les délais et les conseils « mail non reçu ».</source>
        <translation>An A4 PDF to hand out: each screen of the journey with the guide&apos;s explanation, the delays and the &quot;mail not received&quot; advice.</translation>
    </message>
    <message>
        <source>&amp;Ouvrir le pas-à-pas</source>
        <translation>&amp;Open the step-by-step guide</translation>
    </message>
    <message>
        <source>Ouvrir le pas-à-pas</source>
        <translation>Open the step-by-step guide</translation>
    </message>
    <message>
        <source>Enregistrer le pas-à-pas</source>
        <translation>Save the step-by-step guide</translation>
    </message>
    <message>
        <source>pas-a-pas-code-provisoire.pdf</source>
        <translation>step-by-step-provisional-code.pdf</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Préparation du pas-à-pas : le simulateur parcourt les écrans…</source>
        <translation>Preparing the step-by-step guide: the simulator walks through the screens…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Imprimer le pas-à-pas…</source>
        <translation>Pr&amp;int the step-by-step guide…</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Guide d&apos;utilisation du simulateur</source>
        <translation>The simulator&apos;s user guide</translation>
    </message>
    <message>
        <source>Guide d&apos;utilisation</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>État du guide</source>
        <translation>Guide status</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ce lien mène à Internet (%1) : le simulateur reste hors ligne et ne l&apos;ouvre pas.</source>
        <translation>This link leads to the Internet (%1): the simulator stays offline and does not open it.</translation>
    </message>
    <message>
        <source>Le guide d&apos;utilisation (README.md) n&apos;est pas sur ce poste. Il est cherché dans : %1.</source>
        <translation>The user guide (README.md) is not on this computer. It is looked for in: %1.</translation>
    </message>
</context>
<context>
    <name>UxPlanParser</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 : le fichier est trop gros pour un plan de test (plus de 1 Mo)</source>
        <translation>%1: the file is too large for a test plan (over 1 MB)</translation>
    </message>
    <message>
        <source>JSON invalide à l&apos;octet %1 : %2</source>
        <translation>Invalid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>le fichier doit contenir un objet JSON { ... }</source>
        <translation>the file must hold a JSON object { ... }</translation>
    </message>
    <message>
        <source>« id » manque ou contient un espace ou une barre oblique</source>
        <translation>“id” is missing or holds a space or a slash</translation>
    </message>
    <message>
        <source>« title » (le titre du test) manque</source>
        <translation>“title” (the test&apos;s title) is missing</translation>
    </message>
    <message>
        <source>« tasks » manque ou ne contient aucune tâche</source>
        <translation>“tasks” is missing or holds no task</translation>
    </message>
    <message>
        <source>« tasks » : au plus %1 tâches par plan</source>
        <translation>“tasks”: at most %1 tasks per plan</translation>
    </message>
    <message>
        <source>tâche %1</source>
        <translation>task %1</translation>
    </message>
    <message>
        <source>l&apos;identifiant « %1 » est déjà pris</source>
        <translation>the ID “%1” is already taken</translation>
    </message>
    <message>
        <source>« title » manque</source>
        <translation>“title” is missing</translation>
    </message>
    <message>
        <source>« text » (la consigne lue par le participant) manque</source>
        <translation>“text” (what the participant reads) is missing</translation>
    </message>
    <message>
        <source>« scenario » inconnu : « %1 » (ameli-simulator --list-scenarios donne la liste)</source>
        <translation>unknown “scenario”: “%1” (ameli-simulator --list-scenarios gives the list)</translation>
    </message>
    <message>
        <source>il faut « scenario » (un scénario existant) ou « persona » et « start » (une situation de départ)</source>
        <translation>“scenario” (an existing scenario) or “persona” and “start” (a starting situation) is needed</translation>
    </message>
    <message>
        <source>« goal » inconnu : « %1 » (possibles : %2)</source>
        <translation>unknown “goal”: “%1” (possible: %2)</translation>
    </message>
    <message>
        <source>« expectedPath » : étape inconnue « %1 » (possibles : %2)</source>
        <translation>“expectedPath”: unknown step “%1” (possible: %2)</translation>
    </message>
    <message>
        <source>« symptomRules » : « %1 » n&apos;est pas un identifiant de règle (F3, V4...)</source>
        <translation>“symptomRules”: “%1” is not a rule ID (F3, V4...)</translation>
    </message>
    <message>
        <source>« timeLimitMinutes » doit être un nombre de 1 à %1</source>
        <translation>“timeLimitMinutes” must be a number from 1 to %1</translation>
    </message>
</context>
<context>
    <name>UxPlanSession</name>
    <message>
        <source>Tâche %1 sur %2 : %3</source>
        <translation>Task %1 of %2: %3</translation>
    </message>
    <message>
        <source>Tâche réussie</source>
        <translation>Task achieved</translation>
    </message>
    <message>
        <source>Merci. Répondez à la question, puis la tâche suivante commencera.</source>
        <translation>Thank you. Answer the question, then the next task will start.</translation>
    </message>
    <message>
        <source>Dernière étape</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>Toutes les tâches sont faites. Donnez votre avis sur le simulateur.</source>
        <translation>Every task is done. Give your opinion of the simulator.</translation>
    </message>
    <message>
        <source>Séance terminée</source>
        <translation>Session over</translation>
    </message>
    <message>
        <source>Merci pour votre participation. Vous pouvez prévenir l&apos;animateur.</source>
        <translation>Thank you for taking part. You may tell the facilitator.</translation>
    </message>
</context>
<context>
    <name>ValidationPendingPage</name>
    <message>
        <source>&amp;Ouvrir la messagerie</source>
        <translation>&amp;Open the mailbox</translation>
    </message>
    <message>
        <source>Recevoir le lien à une autre adresse email</source>
        <translation>Receive the link at another email address</translation>
    </message>
    <message>
        <source>&amp;ENVOYER LE LIEN</source>
        <translation>&amp;SEND THE LINK</translation>
    </message>
    <message>
        <source>ENVOYER LE LIEN</source>
        <translation>SEND THE LINK</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas reçu le mail ? Regardez aussi dans le dossier des courriels indésirables, ou recevez le lien à une autre adresse email.</source>
        <translation>Didn&apos;t receive the mail? Look in the junk mail folder too, or receive the link at another email address.</translation>
    </message>
</context>
<context>
    <name>ameli</name>
    <message>
        <source>L&apos;adresse du serveur contient un mot de passe : il ne doit jamais être écrit sur la ligne de commande. Retirez-le et placez-le dans ~/.pgpass (voir le README, « Salle de formation »).</source>
        <translation>The server&apos;s address holds a password: it must never be written on the command line. Remove it and put it in ~/.pgpass (see the README, “Salle de formation”).</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur nomme plusieurs serveurs : le simulateur n&apos;en utilise qu&apos;un.</source>
        <translation>The server&apos;s address names several servers: the simulator uses only one.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur est mal formée près de « %1 ».</source>
        <translation>The server&apos;s address is malformed near “%1”.</translation>
    </message>
</context>
<context>
    <name>ameli::AttemptRecorder</name>
    <message>
        <source>L&apos;enregistrement de la séance a échoué : %1 événement(s) n&apos;ont pas pu être enregistrés. %2</source>
        <translation>Recording the session failed: %1 event(s) could not be saved. %2</translation>
    </message>
</context>
<context>
    <name>ameli::Database</name>
    <message>
        <source>Impossible de créer le dossier %1 : vérifiez ses droits ou choisissez un autre fichier avec --db.</source>
        <translation>Cannot create the folder %1: check its permissions or choose another file with --db.</translation>
    </message>
    <message>
        <source>%1 est un dossier, pas une base du simulateur : rien n&apos;a été modifié. Indiquez un fichier avec --db (il sera créé s&apos;il n&apos;existe pas).</source>
        <translation>%1 is a folder, not a simulator store: nothing was changed. Give a file with --db (it is created if it does not exist).</translation>
    </message>
    <message>
        <source>Le dossier %1 est en lecture seule : le simulateur ne peut pas y créer ni y modifier sa base %2. Rendez le dossier modifiable, ou choisissez un autre fichier avec --db.</source>
        <translation>The folder %1 is read-only: the simulator cannot create or change its store %2 there. Make the folder writable, or choose another file with --db.</translation>
    </message>
    <message>
        <source>Le fichier %1 ne peut pas être lu : vérifiez ses droits, ou choisissez un autre fichier avec --db.</source>
        <translation>The file %1 cannot be read: check its permissions, or choose another file with --db.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;est pas une base du simulateur ameli : il n&apos;a pas été ouvert ni modifié. Choisissez un autre fichier avec --db.</source>
        <translation>The file %1 is not an ameli simulator store: it was neither opened nor changed. Choose another file with --db.</translation>
    </message>
    <message>
        <source>La base %1 est tronquée (%2 octets sur les %3 attendus) : le simulateur ne l&apos;a pas ouverte ni modifiée. Restaurez une sauvegarde, ou choisissez un autre fichier avec --db.</source>
        <translation>The store %1 is truncated (%2 bytes of the %3 expected): the simulator neither opened nor changed it. Restore a backup, or choose another file with --db.</translation>
    </message>
    <message>
        <source>La base %1 a été créée par une version plus récente du simulateur (schéma %2, cette version connaît le schéma %3) : elle n&apos;a pas été modifiée. Mettez le simulateur à jour.</source>
        <translation>The store %1 was made by a newer version of the simulator (schema %2, this version knows schema %3): it was not changed. Update the simulator.</translation>
    </message>
    <message>
        <source>La base %1 est incomplète : la table « %2 » manque. Le simulateur ne l&apos;a pas ouverte ni modifiée. Restaurez une sauvegarde, ou choisissez un autre fichier avec --db.</source>
        <translation>The store %1 is incomplete: the table &quot;%2&quot; is missing. The simulator neither opened nor changed it. Restore a backup, or choose another file with --db.</translation>
    </message>
    <message>
        <source>La base %1 est endommagée : la vérification faite après l&apos;ouverture a trouvé des pages illisibles, et ce qui y est lu ou enregistré peut être faux. Fermez le simulateur, puis restaurez une sauvegarde ou choisissez un autre fichier avec --db.</source>
        <translation>The store %1 is damaged: the check made after opening it found unreadable pages, and what is read from or saved into it may be wrong. Close the simulator, then restore a backup or choose another file with --db.</translation>
    </message>
    <message>
        <source>Le pilote PostgreSQL de Qt manque sur ce poste : installez le paquet libqt6sql6-psql (scripts/install-deps.sh le fait).</source>
        <translation>Qt&apos;s PostgreSQL driver is missing on this station: install the libqt6sql6-psql package (scripts/install-deps.sh does).</translation>
    </message>
    <message>
        <source>La base %1 a été créée par une version plus récente du simulateur (schéma %2, cette version connaît le schéma %3) : elle n&apos;a pas été modifiée. Installez la même version du simulateur sur ce poste que sur le serveur de la salle.</source>
        <translation>The database %1 was created by a newer version of the simulator (schema %2, this version knows schema %3): it was not changed. Install the same version of the simulator on this station as on the room&apos;s server.</translation>
    </message>
    <message>
        <source>La base %1 n&apos;est pas encore prête pour une salle de formation : sur le poste du formateur, lancez scripts/classroom-server.sh, puis recommencez.</source>
        <translation>The database %1 is not ready for a classroom yet: on the trainer&apos;s machine, run scripts/classroom-server.sh, then try again.</translation>
    </message>
    <message>
        <source>La base %1 a été créée par une version plus ancienne du simulateur (schéma %2, cette version connaît le schéma %3) : elle n&apos;a pas été modifiée. Sur le poste du formateur, lancez scripts/classroom-server.sh avec cette version pour la mettre à jour.</source>
        <translation>The database %1 was created by an older version of the simulator (schema %2, this version knows schema %3): it was not changed. On the trainer&apos;s machine, run scripts/classroom-server.sh with this version to update it.</translation>
    </message>
</context>
<context>
    <name>ameli::ServerLocation</name>
    <message>
        <source>Indiquez le serveur de la salle : un nom de service (pg_service.conf) ou une adresse postgresql://.</source>
        <translation>Give the room&apos;s server: a service name (pg_service.conf) or a postgresql:// address.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur est mal formée près de « %1 ».</source>
        <translation>The server&apos;s address is malformed near “%1”.</translation>
    </message>
    <message>
        <source>du service « %1 »</source>
        <translation>of the service “%1”</translation>
    </message>
    <message>
        <source>« %1 » sur le serveur %2</source>
        <translation>“%1” on the server %2</translation>
    </message>
</context>
<context>
    <name>ameli::StoreFailure</name>
    <message>
        <source>le simulateur ne l&apos;a pas ouverte ni modifiée</source>
        <translation>the simulator neither opened nor changed it</translation>
    </message>
    <message>
        <source>l&apos;action n&apos;a pas été enregistrée</source>
        <translation>the action was not saved</translation>
    </message>
    <message>
        <source>La base %1 est bloquée par un autre programme (ou une autre fenêtre du simulateur) : %2. Fermez cet autre programme, puis recommencez.</source>
        <translation>The store %1 is locked by another program (or another simulator window): %2. Close that program, then try again.</translation>
    </message>
    <message>
        <source>La base %1 est en lecture seule : %2. Rendez le fichier et son dossier modifiables, ou choisissez un autre fichier avec --db.</source>
        <translation>The store %1 is read-only: %2. Make the file and its folder writable, or choose another file with --db.</translation>
    </message>
    <message>
        <source>La base %1 est endommagée : %2. Restaurez une sauvegarde, ou choisissez un autre fichier avec --db (un nouveau fichier sera créé avec les personnes de démonstration).</source>
        <translation>The store %1 is damaged: %2. Restore a backup, or choose another file with --db (a new file is created with the demo personas).</translation>
    </message>
    <message>
        <source>Le disque qui contient la base %1 est plein : %2. Libérez de la place, puis recommencez.</source>
        <translation>The disk holding the store %1 is full: %2. Free some space, then try again.</translation>
    </message>
    <message>
        <source>Le système a refusé de lire ou d&apos;écrire la base %1 : %2. Vérifiez le disque et les droits du fichier, puis recommencez.</source>
        <translation>The system refused to read or write the store %1: %2. Check the disk and the file&apos;s permissions, then try again.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base %1 : elle n&apos;a pas été modifiée.</source>
        <translation>Cannot open the store %1: it was not changed.</translation>
    </message>
    <message>
        <source>Erreur de la base de données %1 : l&apos;action n&apos;a pas été enregistrée.</source>
        <translation>Database error on %1: the action was not saved.</translation>
    </message>
    <message>
        <source>Le serveur de la salle (base %1) ne répond pas : %2. Vérifiez qu&apos;il est démarré et que ce poste est sur son réseau, puis recommencez.</source>
        <translation>The room&apos;s server (database %1) does not answer: %2. Check that it is running and that this station is on its network, then try again.</translation>
    </message>
    <message>
        <source>Le serveur de la salle (base %1) a refusé ce poste : %2. Le nom du poste (--station) doit être l&apos;un de ceux que le formateur a créés avec scripts/classroom-server.sh, et son mot de passe dans ~/.pgpass.</source>
        <translation>The room&apos;s server (database %1) refused this station: %2. The station&apos;s name (--station) must be one of those the trainer created with scripts/classroom-server.sh, and its password in ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Impossible de créer le dossier %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Fichier de scénario refusé, %1 : %2</source>
        <translation>Scenario file refused, %1: %2</translation>
    </message>
    <message>
        <source>Scénario inconnu « %1 » : ameli-simulator --list-scenarios donne la liste.</source>
        <translation>Unknown scenario “%1”: ameli-simulator --list-scenarios gives the list.</translation>
    </message>
    <message>
        <source>Scénario ignoré, %1 : %2</source>
        <translation>Scenario skipped, %1: %2</translation>
    </message>
    <message>
        <source>Plan de test refusé, %1</source>
        <translation>Test plan refused, %1</translation>
    </message>
    <message>
        <source>Le tableau de bord est celui d&apos;une salle de formation : indiquez son serveur avec --server (voir le README, « Salle de formation »).</source>
        <translation>The dashboard is a classroom&apos;s: give its server with --server (see the README, “Salle de formation”).</translation>
    </message>
</context>
</TS>
