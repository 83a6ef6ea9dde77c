#pragma once

#include <QString>

namespace ameli {
class Database;
struct Person;
struct ScenarioRun;
} // namespace ameli

// What the participant's card shows: the task in the participant's words and the fictitious
// identity to type, so that nobody has to look it up (or type their own).
struct ParticipantBrief
{
    QString heading;
    QString text;
    QString name;
    QString nir;       // grouped as on a Carte Vitale: 2 85 07 75 056 123
    QString birthDate; // JJ/MM/AAAA
    QString email;
    QString code; // a personal code the task provides, if any
    bool canStop = true;

    static ParticipantBrief of(const ameli::Person &person);
    // The scenario's persona, with the personal code its situation gives.
    static ParticipantBrief of(const ameli::Database &world, const ameli::ScenarioRun &run);
    static QString groupedNir(const QString &thirteen);
};
