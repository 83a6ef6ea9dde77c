#pragma once

#include <QString>
#include <QStringList>
#include <chrono>

namespace ameli {

// One page of the printable step-by-step guide: the screen the storyboard drew (by its
// picture's name), the title, and what the official guide says beside that screen.
struct HandoutStep
{
    QString shot;      // the storyboard's picture, e.g. "code-oublie-captcha"
    QString title;     // the step's title
    QString rules;     // the rules it shows (journey-rules.md IDs), e.g. "F1, F2"
    QStringList lines; // the guide's explanation, sentence by sentence
};

// A row of the delays' table: the delays come from the journey's own constants.
struct HandoutDelay
{
    QString what;       // what has a delay
    QString duration;   // "5 minutes", "7 jours"
    QString afterwards; // what happens when it has gone by
    QString rules;      // rule IDs
};

// A group of the "mail not received" advice (T1-T8), as the guide groups them.
struct HandoutAdvice
{
    QString heading;   // with its colon, as each language writes it
    QStringList items; // each item ends with its rule ID in brackets
};

// What the handout says (`--handout`, « Imprimer le pas-à-pas »): the guide's words, in the
// interface's language, and the delays the simulator applies. The drawing is the screens'.
class HandoutContent
{
public:
    static QString title();
    static QString subtitle();
    static QString trainingNotice();
    static QList<HandoutStep> steps();
    static QString delaysTitle();
    static QList<HandoutDelay> delays();
    static QString adviceTitle();
    static QString adviceIntro();
    static QList<HandoutAdvice> advice();
    // "5 minutes", "30 minutes", "7 jours", "21 jours": a delay said as the guide says it.
    static QString duration(std::chrono::milliseconds delay);
};

} // namespace ameli
