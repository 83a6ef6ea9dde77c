#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// A code field with a "show / hide" toggle (P: step 2). Paste is allowed (X5).
class PasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordField(QWidget *parent = nullptr);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *toggleButton() const { return m_toggle; }
    QString text() const;
    void setRevealed(bool revealed);

signals:
    void textChanged(const QString &text);

private:
    QLineEdit *m_edit;
    QToolButton *m_toggle;
};
