#pragma once

#include "ParticipantBrief.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QWidget;
class ScenarioSession;

// "Votre mission": the participant's card, docked beside the site. It says what to do and who
// to be (name, number, birth date, address, a code the task gives), with "J'ai terminé" and
// "J'abandonne" (asked twice, so that a slip does not end a task).
class ParticipantCard : public QDockWidget
{
    Q_OBJECT

public:
    explicit ParticipantCard(QWidget *parent = nullptr);

    void showBrief(const ParticipantBrief &brief);
    // A message instead of a task: a task reached, the end of the session.
    void showMessage(const QString &heading, const QString &text);
    // Training: shows each scenario the session starts, and stops it when asked.
    void follow(ScenarioSession &session);

    QLabel *headingLabel() const { return m_heading; }
    QLabel *textLabel() const { return m_text; }
    // The identity as it reads, one "name : value" per line.
    QString identityText() const;
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *giveUpButton() const { return m_giveUp; }
    QPushButton *confirmGiveUpButton() const { return m_confirmGiveUp; }
    QPushButton *keepGoingButton() const { return m_keepGoing; }

signals:
    void finished();
    void gaveUp();

private:
    void askGiveUp(bool asking);

    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_identityTitle;
    QWidget *m_identity;
    QList<std::pair<QString, QString>> m_identityRows;
    QPushButton *m_finish;
    QPushButton *m_giveUp;
    QWidget *m_confirmRow;
    QLabel *m_confirmText;
    QPushButton *m_confirmGiveUp;
    QPushButton *m_keepGoing;
};
