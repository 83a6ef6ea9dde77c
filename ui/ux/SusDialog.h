#pragma once

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QPushButton;

// The System Usability Scale at the end of a UX test, in its validated French wording (F-SUS):
// ten statements, each answered from 1 (pas du tout d'accord) to 5 (tout à fait d'accord).
class SusDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SusDialog(QWidget *parent = nullptr);

    // The ten answers, or fewer while some are missing.
    QList<int> answers() const;
    QButtonGroup *item(int index) const { return m_items.at(index); }
    QPushButton *validateButton() const { return m_validate; }

private:
    void update();

    QList<QButtonGroup *> m_items;
    QLabel *m_progress;
    QPushButton *m_validate;
};
