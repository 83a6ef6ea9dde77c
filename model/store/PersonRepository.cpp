#include "PersonRepository.h"

#include "Database.h"
#include "TimeColumns.h"

#include <QSqlQuery>
#include <QVariant>

namespace ameli {

namespace {

const QString kColumns =
    QStringLiteral("id, nir, birth_date, first_name, last_name, email_on_file");

Person fromRow(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.nir13 = q.value(1).toString();
    p.birthDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    p.firstName = q.value(3).toString();
    p.lastName = q.value(4).toString();
    p.emailOnFile = q.value(5).toString();
    return p;
}

} // namespace

PersonRepository::PersonRepository(const Database &database)
    : m_database(database)
{
}

namespace {

std::optional<Person> oneRow(QSqlQuery &q)
{
    Database::exec(q);
    std::optional<Person> person;
    if (q.next())
        person = fromRow(q);
    q.finish();
    return person;
}

} // namespace

std::optional<Person> PersonRepository::findByNir(const QString &nir13) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM persons WHERE nir = ?").arg(kColumns);
    QSqlQuery &q = m_database.cached(sql);
    q.bindValue(0, nir13);
    return oneRow(q);
}

std::optional<Person> PersonRepository::findById(qint64 id) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM persons WHERE id = ?").arg(kColumns);
    QSqlQuery &q = m_database.cached(sql);
    q.bindValue(0, id);
    return oneRow(q);
}

QList<Person> PersonRepository::all() const
{
    QSqlQuery q =
        m_database.prepare(QStringLiteral("SELECT %1 FROM persons ORDER BY id").arg(kColumns));
    Database::exec(q);
    QList<Person> persons;
    while (q.next())
        persons.append(fromRow(q));
    return persons;
}

QList<Person> PersonRepository::first(int count) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT %1 FROM persons ORDER BY id LIMIT ?").arg(kColumns));
    q.addBindValue(count);
    Database::exec(q);
    QList<Person> persons;
    while (q.next())
        persons.append(fromRow(q));
    return persons;
}

int PersonRepository::count() const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT count(*) FROM persons"));
    Database::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

namespace {

const QString kInsertPerson =
    QStringLiteral("INSERT INTO persons (nir, birth_date, first_name, last_name, email_on_file) "
                   "VALUES (?, ?, ?, ?, ?)");
const QString kInsertAccount = QStringLiteral("INSERT INTO accounts (person_id) VALUES (?)");

qint64 insertWith(QSqlQuery &personQuery, QSqlQuery &accountQuery, const Person &person)
{
    personQuery.bindValue(0, person.nir13);
    personQuery.bindValue(1, person.birthDate.toString(Qt::ISODate));
    personQuery.bindValue(2, person.firstName);
    personQuery.bindValue(3, person.lastName);
    personQuery.bindValue(4, nullableText(person.emailOnFile));
    Database::exec(personQuery);
    const qint64 id = personQuery.lastInsertId().toLongLong();
    accountQuery.bindValue(0, id);
    Database::exec(accountQuery);
    return id;
}

} // namespace

qint64 PersonRepository::insert(const Person &person) const
{
    QSqlQuery personQuery = m_database.prepare(kInsertPerson);
    QSqlQuery accountQuery = m_database.prepare(kInsertAccount);
    return insertWith(personQuery, accountQuery, person);
}

void PersonRepository::updateEmailOnFile(qint64 id, const QString &email) const
{
    QSqlQuery q =
        m_database.prepare(QStringLiteral("UPDATE persons SET email_on_file = ? WHERE id = ?"));
    q.addBindValue(nullableText(email));
    q.addBindValue(id);
    Database::exec(q);
}

} // namespace ameli
