#pragma once

#include "Page.h"

class QGridLayout;

// The account's home once active (V6): the person's name and the services of A1.
class AccountHomePage : public Page
{
    Q_OBJECT

public:
    explicit AccountHomePage(const PageContext &context, QWidget *parent = nullptr);
    void enter(const ameli::JourneyResult &arrival) override;
    QWidget *firstFocus() const override;
    QLabel *greeting() const { return m_greeting; }
    // The site's tiles: two by row where there is room, one under the other otherwise.
    int tileColumns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeTiles(int columns);

    QGridLayout *m_tiles;
    QList<QPushButton *> m_tileButtons;
    int m_columns = 0;
    QLabel *m_greeting;
    QPushButton *m_logout;
};
