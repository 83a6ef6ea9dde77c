// The floor for bench_startup: the smallest Qt Widgets window (QMainWindow + QLabel), timed
// from the outside exactly as the simulator is.
#include "FirstPaintReporter.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Simulateur du compte ameli"), &window));
    window.resize(1100, 820);
    window.show();
    new FirstPaintReporter(window);
    return app.exec();
}
