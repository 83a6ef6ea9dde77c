#pragma once

#include "attempts/GroupMeasures.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTreeWidget;

// What a group did on one scenario or task: every group in a table (attempts, success, median
// time, mistakes, SUS), and for the one chosen, charts of the outcomes, the spread of times on
// task and the most frequent errors by rule. Each chart also says its numbers in words.
class GroupView : public QWidget
{
    Q_OBJECT

public:
    explicit GroupView(QWidget *parent = nullptr);

    void setGroups(const QList<ameli::GroupMeasures> &groups);
    const QList<ameli::GroupMeasures> &groups() const { return m_groups; }
    std::optional<ameli::GroupMeasures> currentGroup() const;
    QComboBox *groupCombo() const { return m_combo; }
    QTreeWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QList<QChartView *> charts() const;

    // The three charts of a group, drawn at a size, for a report.
    static QImage renderCharts(const ameli::GroupMeasures &group, const QSize &size);
    // The group in sentences: the report and screen readers read the same.
    static QStringList describe(const ameli::GroupMeasures &group);

private:
    void showGroup(int index);

    QList<ameli::GroupMeasures> m_groups;
    QComboBox *m_combo;
    QTreeWidget *m_table;
    QLabel *m_summary;
    QChartView *m_outcomes;
    QChartView *m_times;
    QChartView *m_errors;
};
