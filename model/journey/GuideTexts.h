#pragma once

#include <QString>
#include <QStringList>

namespace ameli {

// The French texts of the guide's screens. Screens display these and nothing else, so the
// wording lives once; `inOrder()` lists them in the guide's order, which a test checks
// against the guide itself.
class GuideTexts
{
public:
    struct Home // A1
    {
        QString title, intro, haveAccount, connect, noAccount, createAccount, servicesTitle;
        QStringList services;
        QStringList inOrder() const;
    };
    struct Login // A2
    {
        QString title, nirLabel, whereIsNumber, codeLabel, forgottenCode, allMandatory, connect,
            orText, franceConnect, whatIsFranceConnect, firstVisit;
        QStringList inOrder() const;
    };
    struct ForgottenCode // F1-F3: the guide tells these in prose; the design system names the box
    {
        QString title, nirLabel, birthDateLabel, captchaTitle, captchaInstruction, renew, listen,
            fiveMinutes, submit;
    };
    struct Conditions // C1
    {
        QString title, intro, paperless, mandatoryEmail, moreInfo, detailedLink, accept, refuse,
            cancel, proceed;
        QStringList inOrder() const;
    };
    struct PersonalCode // P1-P8
    {
        QString title, advice, mustTitle, mandatoryNote, newCode, strength, confirmCode;
        QStringList inOrder() const;
    };
    struct ContactDetails // D1-D4
    {
        QString title, emailSection, email, emailConfirmation, emailPromo, phoneSection, mobile,
            phonePromo, byPhone, bySms, landline, yes, no;
        QStringList inOrder() const;
    };
    struct ValidationPending // V1
    {
        QString title, text;
        QStringList inOrder() const;
    };

    static Home home();
    static Login login();
    static ForgottenCode forgottenCode();
    static Conditions conditions();
    static QString stepHeader();
    static PersonalCode personalCode();
    static ContactDetails contactDetails();
    static ValidationPending validationPending();
    // V6.
    static QString accountAccess();

    // A5: the two explanations and what the FranceConnect button says.
    static QString whereIsMyNumber();
    static QString whatIsFranceConnect();
    static QString franceConnectOutsideSimulation();
    // A6: "Créer votre compte" and "Première visite ? Créer un compte".
    static QString accountCreationOutsideSimulation();
    // The detailed conditions behind C1's link (a summary: the real text is long and changes).
    static QString detailedConditions();
};

} // namespace ameli
