#pragma once

// The simulator's look: Qt's Fusion style (the same on every desktop) and the QSS inspired
// by the Assurance Maladie design system (resources/theme/ameli.qss).
class Theme
{
public:
    static void apply();
};
