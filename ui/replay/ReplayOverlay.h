#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QTimer;

// Drawn over the replayed pages, never taking a click: the control that had the focus, the one
// just used, and the rings of the pointer's clicks (orange when they hit nothing).
class ReplayOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayOverlay(QWidget *covered);

    void setFocusWidget(QWidget *widget);
    void flash(QWidget *widget);
    void ring(const QPoint &position, bool hitNothing);
    // Back to nothing shown (a jump in the replay).
    void clear();
    int ringCount() const { return int(m_rings.size()); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Ring
    {
        QPoint position;
        bool hitNothing;
        qint64 born;
    };

    QRect rectOf(const QWidget *widget) const;

    QPointer<QWidget> m_focus;
    QPointer<QWidget> m_flash;
    qint64 m_flashBorn = 0;
    QList<Ring> m_rings;
    QElapsedTimer m_age;
    QTimer *m_fade;
};
