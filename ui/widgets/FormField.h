#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

// A field as the real pages show it: its label above, the input, and room for the error
// right under it. The error is announced and becomes the input's accessible description.
class FormField : public QWidget
{
    Q_OBJECT

public:
    FormField(const QString &label, QWidget *input, QWidget *parent = nullptr);

    QWidget *input() const { return m_input; }
    // The model's name of the field (JourneyResult's `field::`), set by the page that holds it.
    const QString &fieldName() const { return m_fieldName; }
    void setFieldName(const QString &name);
    QLabel *label() const { return m_label; }
    QLabel *errorLabel() const { return m_error; }
    QString error() const;

    void setError(const QString &message);
    void clearError();
    // Extra widgets under the input (a link, a hint), before the error.
    void addBelow(QWidget *widget);

private:
    QString m_fieldName;
    QLabel *m_label;
    QWidget *m_input;
    QLabel *m_error;
    QVBoxLayout *m_layout;
};
