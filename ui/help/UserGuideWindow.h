#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

// "Guide d'utilisation": the README shipped with the program, rendered from its Markdown in the
// window, with its pictures; links to the other local pages open here too, and a link to the
// web is not followed (the simulator stays offline) but said.
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // False, with the French reason shown in the window, when the guide is not on this machine.
    bool open(const QString &path);
    QTextBrowser *browser() const { return m_browser; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QTextBrowser *m_browser;
    QLabel *m_status;
};
