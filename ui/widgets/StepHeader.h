#pragma once

#include <QLabel>

// "Étape 1 > Étape 2 > Étape 3", the current step in bold and named for screen readers.
class StepHeader : public QLabel
{
    Q_OBJECT

public:
    explicit StepHeader(int current, QWidget *parent = nullptr);
};
