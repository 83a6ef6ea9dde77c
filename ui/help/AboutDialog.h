#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// « À propos du simulateur »: the version this build carries, the licence, the notice that
// every person in it is fictitious, the guide it follows, and the licences of the libraries it
// uses; buttons open the user guide and the licence's text, both from this machine.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QLabel *versionLabel() const { return m_version; }
    QPushButton *licenceButton() const { return m_licence; }

signals:
    void userGuideRequested();

private:
    void showLicence();

    QLabel *m_version;
    QPushButton *m_guide;
    QPushButton *m_licence;
};
