#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

// A field as the real pages show it: its label above, the input, and room for the error
// right under it. A mandatory field shows its "*" and is described as « Champ obligatoire »;
// in error, its description is « Erreur : » and the message until it is corrected, and the
// message is announced. (Qt 6.4 has no "required" or "invalid entry" state to expose: the
// description is how a screen reader hears both.)
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
    bool isRequired() const { return m_required; }
    // Mandatory: a "*" after the visible label (and so in the name read), if not there yet.
    void setRequired(bool required);

    void setError(const QString &message);
    void clearError();
    // Extra widgets under the input (a link, a hint), before the error.
    void addBelow(QWidget *widget);

private:
    void describe();

    QString m_fieldName;
    bool m_required = false;
    QLabel *m_label;
    QWidget *m_input;
    QLabel *m_error;
    QVBoxLayout *m_layout;
};
