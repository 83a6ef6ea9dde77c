#pragma once

#include <QDialog>
#include <optional>

class QButtonGroup;
class QPushButton;

// The Single Ease Question after a task: "Dans l'ensemble, cette tâche était :" from 1 (très
// difficile) to 7 (très facile). Answered with the arrows and Enter as well as the mouse.
class SeqDialog : public QDialog
{
    Q_OBJECT

public:
    SeqDialog(const QString &taskTitle, QWidget *parent = nullptr);

    std::optional<int> value() const;
    QButtonGroup *choices() const { return m_choices; }
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *skipButton() const { return m_skip; }

private:
    QButtonGroup *m_choices;
    QPushButton *m_validate;
    QPushButton *m_skip;
};
