#include "EmailAddressValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ameli {

EmailCheck EmailAddressValidator::check(const QString &typed)
{
    EmailCheck result;
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        result.error = EmailError::Empty;
        return result;
    }
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (text.contains(space)) {
        result.error = EmailError::HasSpace;
        return result;
    }
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        result.error = EmailError::NoAt;
        return result;
    }
    // The two halves of the WHATWG definition, checked apart to say which one is wrong.
    static const QRegularExpression local(QStringLiteral("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$"));
    static const QRegularExpression domain(QStringLiteral(
        "^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
        "[a-zA-Z0-9])?)*$"));
    const QString localPart = text.left(at);
    if (!local.match(localPart).hasMatch()) {
        result.error = EmailError::BadLocalPart;
        return result;
    }
    if (localPart.startsWith(QLatin1Char('.')) || localPart.endsWith(QLatin1Char('.')) ||
        localPart.contains(QStringLiteral(".."))) {
        result.error = EmailError::LocalPartDots;
        return result;
    }
    const QString domainPart = text.mid(at + 1);
    if (!domain.match(domainPart).hasMatch()) {
        result.error = EmailError::BadDomain;
        return result;
    }
    if (!domainPart.contains(QLatin1Char('.'))) {
        result.error = EmailError::DomainWithoutDot;
        return result;
    }
    result.error = EmailError::None;
    result.normalized = text.left(at) + QLatin1Char('@') + text.mid(at + 1).toLower();
    return result;
}

EmailCheck EmailAddressValidator::checkPair(const QString &typed, const QString &confirmation)
{
    EmailCheck first = check(typed);
    if (!first.isValid())
        return first;
    if (typed.trimmed().compare(confirmation.trimmed(), Qt::CaseInsensitive) != 0) {
        first.error = EmailError::Mismatch;
        first.normalized.clear();
    }
    return first;
}

QString EmailCheck::message() const
{
    return EmailAddressValidator::messageFor(error);
}

QString EmailAddressValidator::messageFor(EmailError error)
{
    switch (error) {
    case EmailError::None:
        return {};
    case EmailError::Empty:
        return QCoreApplication::translate("EmailAddressValidator",
                                           "Saisissez votre adresse email.");
    case EmailError::HasSpace:
        return QCoreApplication::translate("EmailAddressValidator",
                                           "L'adresse email ne doit pas contenir d'espace.");
    case EmailError::NoAt:
        return QCoreApplication::translate(
            "EmailAddressValidator",
            "L'adresse email doit contenir le caractère @, par exemple prenom.nom@exemple.fr.");
    case EmailError::BadLocalPart:
        return QCoreApplication::translate(
            "EmailAddressValidator",
            "La partie avant le @ contient un caractère non autorisé ou est vide.");
    case EmailError::LocalPartDots:
        return QCoreApplication::translate(
            "EmailAddressValidator",
            "La partie avant le @ ne doit ni commencer ni finir par un point, ni en contenir "
            "deux à la suite.");
    case EmailError::DomainWithoutDot:
        return QCoreApplication::translate(
            "EmailAddressValidator",
            "Après le @, il manque le point et l'extension du fournisseur, par exemple "
            "orange.fr ou exemple.fr.");
    case EmailError::BadDomain:
        return QCoreApplication::translate(
            "EmailAddressValidator",
            "La partie après le @ n'est pas un nom de domaine valide, par exemple exemple.fr.");
    case EmailError::Mismatch:
        return QCoreApplication::translate("EmailAddressValidator",
                                           "Les deux adresses email saisies sont différentes.");
    }
    return {};
}

} // namespace ameli
