#pragma once

#include <QObject>
#include <QTimer>

namespace ameli {

class Database;

// A station's watch on its classroom's server once an action found it gone: counts down to
// the next try, tries, waits longer after each failure (5 s, 10 s, 20 s, then every 30 s), and
// says when the server answers again. Lives in the GUI thread, like the connection it tries.
// The countdown is the machine's time, not the simulation's: it is the room's network, not a
// delay of the journey.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    explicit ServerWatch(const Database &database, QObject *parent = nullptr);

    // An action was refused: is the server gone? If so, the countdown starts (once).
    void check();
    // Tries at once (the banner's "Réessayer maintenant", and tests).
    bool tryNow();
    bool lost() const { return m_lost; }
    int secondsLeft() const { return m_secondsLeft; }

signals:
    // Every second while the server is gone: the banner's « nouvel essai dans N s ».
    void countdown(int secondsLeft);
    void restored();

private:
    void tick();
    void lose();

    const Database &m_database;
    QTimer m_timer;
    bool m_lost = false;
    int m_delay = 0;
    int m_secondsLeft = 0;
};

} // namespace ameli
