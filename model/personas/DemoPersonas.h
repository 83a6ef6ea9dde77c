#pragma once

#include "journey/AccountState.h"
#include "journey/Person.h"

#include <QList>

namespace ameli {

class Database;
class SecretHasher;
class SimulationClock;

// One fictitious insured person, chosen to exercise a part of the journey.
struct DemoPersona
{
    Person person;
    QString purpose; // what a trainer uses this persona for
    AccountState state = AccountState::NoCode;
    QString personalCode; // for already-activated personas: documented demo data
    // Its Argon2id hash (interactive cost), made once and kept here: a first start then shows
    // its window without hashing on the GUI thread (about 0.1 s and 64 MiB each).
    QString personalCodeHash;
    QString accountEmail; // for an account pending validation or active
};

// The personas seeded on first start (docs/personas.md lists them for trainers).
class DemoPersonas
{
public:
    static QList<DemoPersona> all();
    // Seeds an empty store; a store that already holds persons is left as it is.
    // Returns how many persons were added.
    static int seedIfEmpty(const Database &database, const SecretHasher &hasher,
                           const SimulationClock &clock);
};

} // namespace ameli
