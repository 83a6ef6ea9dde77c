#pragma once

#include <QString>
#include <QStringList>

namespace ameli {

// The French texts of the guide's screens, in the guide's order. Screens display these and
// nothing else, so the wording lives once and is checked against the guide by a test.
class GuideTexts
{
public:
    // A1: the public home page of ameli.fr.
    static QStringList home();
    static QStringList homeServices();
    // A2: "J'accède à mon compte ameli".
    static QStringList login();
    // F1-F2: "Code oublié ?" (the guide tells these in prose; the design system names the box).
    static QStringList forgottenCode();
    // C1: step 1.
    static QStringList conditions();
    static QString stepHeader();
    // P1-P5, P8: step 2.
    static QStringList personalCode();
    // D1-D4: step 3.
    static QStringList contactDetails();
    // V1.
    static QStringList validationPending();
    // V6.
    static QString accountAccess();

    // A5: the two explanations and what the FranceConnect button says.
    static QString whereIsMyNumber();
    static QString whatIsFranceConnect();
    static QString franceConnectOutsideSimulation();
    // A6: "Créer votre compte" and "Première visite ? Créer un compte".
    static QString accountCreationOutsideSimulation();
};

} // namespace ameli
