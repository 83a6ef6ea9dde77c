#include "ParticipantBrief.h"

#include "journey/Person.h"
#include "scenarios/ScenarioRun.h"
#include "store/PersonRepository.h"

ParticipantBrief ParticipantBrief::of(const ameli::Person &person)
{
    ParticipantBrief b;
    b.name = person.firstName + QLatin1Char(' ') + person.lastName;
    b.nir = groupedNir(person.nir13);
    b.birthDate = person.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    b.email = person.emailOnFile;
    return b;
}

ParticipantBrief ParticipantBrief::of(const ameli::Database &world, const ameli::ScenarioRun &run)
{
    ParticipantBrief b;
    if (const auto person = ameli::PersonRepository(world).findById(run.personId))
        b = of(*person);
    b.heading = run.scenario.title;
    b.text = run.scenario.task;
    b.code = run.scenario.start.personalCode;
    return b;
}

QString ParticipantBrief::groupedNir(const QString &thirteen)
{
    if (thirteen.size() != 13)
        return thirteen;
    return QStringList{thirteen.mid(0, 1), thirteen.mid(1, 2), thirteen.mid(3, 2),
                       thirteen.mid(5, 2), thirteen.mid(7, 3), thirteen.mid(10, 3)}
        .join(QChar(0x00A0)); // never broken across two lines
}
