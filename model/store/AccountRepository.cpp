#include "AccountRepository.h"

#include "Database.h"
#include "StoreError.h"
#include "TimeColumns.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ameli {

AccountRepository::AccountRepository(const Database &database)
    : m_database(database)
{
}

std::optional<Account> AccountRepository::load(qint64 personId) const
{
    QSqlQuery &q = m_database.cached(QStringLiteral(
        "SELECT state, personal_code_hash, provisional_code_hash, provisional_issued_at, "
        "failed_logins, locked_until, conditions_refused_at, email, email_validated_at, mobile, "
        "landline, consent_email_promo, consent_mobile_call, consent_sms, consent_landline_call, "
        "replaced_provisional_hash FROM accounts WHERE person_id = ?"));
    q.bindValue(0, personId);
    Database::exec(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    Account a;
    a.personId = personId;
    a.state = AccountState(q.value(0).toInt());
    a.personalCodeHash = q.value(1).toString();
    a.provisionalCodeHash = q.value(2).toString();
    a.provisionalIssuedAt = fromColumn(q.value(3));
    a.failedLogins = q.value(4).toInt();
    a.lockedUntil = fromColumn(q.value(5));
    a.conditionsRefusedAt = fromColumn(q.value(6));
    a.email = q.value(7).toString();
    a.emailValidatedAt = fromColumn(q.value(8));
    a.mobile = q.value(9).toString();
    a.landline = q.value(10).toString();
    a.consentEmailPromo = q.value(11).toBool();
    a.consentMobileCall = q.value(12).toBool();
    a.consentSms = q.value(13).toBool();
    a.consentLandlineCall = q.value(14).toBool();
    a.replacedProvisionalHash = q.value(15).toString();
    q.finish();
    return a;
}

Account AccountRepository::require(qint64 personId) const
{
    std::optional<Account> account = load(personId);
    if (!account) {
        throw StoreError(QCoreApplication::translate("Database", "Ce compte n'existe plus dans "
                                                                 "la base du simulateur."),
                         QStringLiteral("no account row for person %1").arg(personId));
    }
    return *account;
}

void AccountRepository::save(const Account &a) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "UPDATE accounts SET state = ?, personal_code_hash = ?, provisional_code_hash = ?, "
        "provisional_issued_at = ?, failed_logins = ?, locked_until = ?, "
        "conditions_refused_at = ?, email = ?, email_validated_at = ?, mobile = ?, landline = ?, "
        "consent_email_promo = ?, consent_mobile_call = ?, consent_sms = ?, "
        "consent_landline_call = ?, replaced_provisional_hash = ? WHERE person_id = ?"));
    q.addBindValue(int(a.state));
    q.addBindValue(nullableText(a.personalCodeHash));
    q.addBindValue(nullableText(a.provisionalCodeHash));
    q.addBindValue(toColumn(a.provisionalIssuedAt));
    q.addBindValue(a.failedLogins);
    q.addBindValue(toColumn(a.lockedUntil));
    q.addBindValue(toColumn(a.conditionsRefusedAt));
    q.addBindValue(nullableText(a.email));
    q.addBindValue(toColumn(a.emailValidatedAt));
    q.addBindValue(nullableText(a.mobile));
    q.addBindValue(nullableText(a.landline));
    q.addBindValue(int(a.consentEmailPromo));
    q.addBindValue(int(a.consentMobileCall));
    q.addBindValue(int(a.consentSms));
    q.addBindValue(int(a.consentLandlineCall));
    q.addBindValue(nullableText(a.replacedProvisionalHash));
    q.addBindValue(a.personId);
    Database::exec(q);
}

bool AccountRepository::emailUsedByAnother(const QString &email, qint64 personId,
                                           const QDateTime &forgottenBefore) const
{
    QSqlQuery &q = m_database.cached(
        QStringLiteral("SELECT 1 FROM accounts a WHERE %1 AND a.person_id <> ? AND "
                       "(a.state = ? OR (a.state = ? AND (SELECT max(sent_at) FROM "
                       "validation_links l WHERE l.person_id = a.person_id) > ?)) LIMIT 1")
            .arg(m_database.dialect().caselessEquals(QStringLiteral("a.email"))));
    q.bindValue(0, email);
    q.bindValue(1, personId);
    q.bindValue(2, int(AccountState::Active));
    q.bindValue(3, int(AccountState::EmailPending));
    q.bindValue(4, forgottenBefore.toMSecsSinceEpoch());
    Database::exec(q);
    const bool used = q.next();
    q.finish();
    return used;
}

} // namespace ameli
