#pragma once

#include <QPushButton>

// The FranceConnect button as the State's design system draws it: a dark blue rectangle,
// the logo on the left (here a neutral placeholder: the simulator borrows no mark), "S'identifier
// avec" and, below it in bold, "FranceConnect". Its accessible name is the whole sentence.
class FranceConnectButton : public QPushButton
{
    Q_OBJECT

public:
    FranceConnectButton(const QString &login, const QString &brand, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QFont loginFont() const;
    QFont brandFont() const;

    QString m_login;
    QString m_brand;
    bool m_hovered = false;
};
