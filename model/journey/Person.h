#pragma once

#include <QDate>
#include <QString>

namespace ameli {

// An insured person as the caisse knows them (demo persona or imported).
struct Person
{
    qint64 id = 0;
    QString nir13;
    QDate birthDate;
    QString firstName;
    QString lastName;
    // Where "Code oublié ?" sends the provisional code (F5); may be empty.
    QString emailOnFile;
};

} // namespace ameli
