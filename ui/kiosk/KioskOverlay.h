#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

// A modal layer over the whole kiosk window: the page behind is dimmed and cannot be clicked,
// the keyboard stays on the layer's one button. It welcomes each visitor (the attract screen)
// and asks whether someone is still there before the idle reset.
class KioskOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit KioskOverlay(QWidget &window);

    void present(const QString &title, const QString &text, const QString &button);
    void setText(const QString &text);
    QLabel *titleLabel() const { return m_title; }
    QLabel *textLabel() const { return m_text; }
    QPushButton *button() const { return m_button; }
    QFrame *card() const { return m_card; }

signals:
    void accepted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void coverWindow();

    QFrame *m_card;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};
