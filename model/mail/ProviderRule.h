#pragma once

#include <QString>

namespace ameli {

// What a mail provider does to a mail on delivery (T2, T5, T6). A pattern is either a whole
// address ("a@b.fr") or a domain ("b.fr") that covers every address there.
struct ProviderRule
{
    enum class Behaviour
    {
        ToSpam,
        DeleteContaining,
        BlockLinks,
        // T4: the provider's own mail program neutralises the links; its webmail opens them.
        ProgramBlocksLinks
    };

    qint64 id = 0;
    QString addressPattern;
    Behaviour behaviour = Behaviour::ToSpam;
    // For DeleteContaining: the word of the provider's "red list" ("confirm").
    QString word;

    bool appliesTo(const QString &address) const;
};

} // namespace ameli
