#pragma once

#include <QPushButton>

// A link of the real pages ("Code oublié ?", "Où trouver ... ?"): looks like a link, but is a
// button so that it takes the keyboard focus and is announced with its text.
class LinkButton : public QPushButton
{
    Q_OBJECT

public:
    explicit LinkButton(const QString &text, QWidget *parent = nullptr);
};
