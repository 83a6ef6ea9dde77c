#include "ProviderRuleRepository.h"

#include "Database.h"
#include "TimeColumns.h"

#include <QSqlQuery>

namespace ameli {

namespace {

QString behaviourKey(ProviderRule::Behaviour b)
{
    switch (b) {
    case ProviderRule::Behaviour::ToSpam:
        return QStringLiteral("spam");
    case ProviderRule::Behaviour::DeleteContaining:
        return QStringLiteral("delete_containing");
    case ProviderRule::Behaviour::BlockLinks:
        return QStringLiteral("block_links");
    case ProviderRule::Behaviour::ProgramBlocksLinks:
        return QStringLiteral("program_blocks_links");
    }
    return QStringLiteral("spam");
}

ProviderRule::Behaviour behaviourFromKey(const QString &key)
{
    if (key == u"delete_containing")
        return ProviderRule::Behaviour::DeleteContaining;
    if (key == u"block_links")
        return ProviderRule::Behaviour::BlockLinks;
    if (key == u"program_blocks_links")
        return ProviderRule::Behaviour::ProgramBlocksLinks;
    return ProviderRule::Behaviour::ToSpam;
}

} // namespace

ProviderRuleRepository::ProviderRuleRepository(const Database &database)
    : m_database(database)
{
}

qint64 ProviderRuleRepository::insert(const ProviderRule &rule) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO provider_rules (address_pattern, behaviour, word) VALUES (?, ?, ?)"));
    q.addBindValue(rule.addressPattern.trimmed().toLower());
    q.addBindValue(behaviourKey(rule.behaviour));
    q.addBindValue(nullableText(rule.word));
    Database::exec(q);
    return q.lastInsertId().toLongLong();
}

void ProviderRuleRepository::remove(qint64 id) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("DELETE FROM provider_rules WHERE id = ?"));
    q.addBindValue(id);
    Database::exec(q);
}

QList<ProviderRule> ProviderRuleRepository::all() const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT id, address_pattern, behaviour, word FROM provider_rules "
                       "ORDER BY id"));
    Database::exec(q);
    QList<ProviderRule> rules;
    while (q.next()) {
        ProviderRule r;
        r.id = q.value(0).toLongLong();
        r.addressPattern = q.value(1).toString();
        r.behaviour = behaviourFromKey(q.value(2).toString());
        r.word = q.value(3).toString();
        rules.append(r);
    }
    return rules;
}

QList<ProviderRule> ProviderRuleRepository::rulesFor(const QString &address) const
{
    QList<ProviderRule> matching;
    for (const ProviderRule &r : all()) {
        if (r.appliesTo(address))
            matching.append(r);
    }
    return matching;
}

} // namespace ameli
