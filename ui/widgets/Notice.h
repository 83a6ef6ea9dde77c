#pragma once

#include <QLabel>

// The message a page shows above its form: information, success or error. It is announced
// without taking the focus (X4).
class Notice : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Error
    };

    explicit Notice(QWidget *parent = nullptr);
    void show(Kind kind, const QString &text);
    void clear();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
};
