#pragma once

#include <QObject>

// Writes "painted" on the standard output once the watched window has painted for the first
// time, for benchmarks/bench_startup, which times a start from the outside (AMELI_REPORT_FIRST_
// PAINT=1 turns it on in the simulator).
class FirstPaintReporter : public QObject
{

public:
    explicit FirstPaintReporter(QWidget &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_reported = false;
};
