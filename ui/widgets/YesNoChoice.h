#pragma once

#include <QWidget>
#include <optional>

class QButtonGroup;
class QRadioButton;

// "Oui / Non" as the real pages show it (C1, D2-D4), with no answer until one is chosen.
class YesNoChoice : public QWidget
{
    Q_OBJECT

public:
    YesNoChoice(const QString &question, const QString &yes, const QString &no,
                QWidget *parent = nullptr);
    std::optional<bool> value() const;
    void clear();
    QRadioButton *yesButton() const { return m_yes; }
    QRadioButton *noButton() const { return m_no; }

signals:
    void changed();

private:
    QButtonGroup *m_group;
    QRadioButton *m_yes;
    QRadioButton *m_no;
};
