#include "GroupView.h"

#include "DesignTokens.h"
#include "attempts/MeasureText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using ameli::GroupMeasures;
using ameli::MeasureText;

namespace {

const QColor &kBlue = tokens::primaryBlue;
const QColor &kCyan = tokens::cyan;
const QColor &kError = tokens::error;
const QColor &kSuccess = tokens::success;
// Lighter than the text's grey: "other outcome" must not look like text.
const QColor kGrey(0x8a, 0x8d, 0x8e);

QChart *outcomesChart(const GroupMeasures &g)
{
    auto *series = new QPieSeries;
    const int indirect = g.reached - g.direct;
    const int otherFailures = g.attempts - g.reached - g.givenUp - g.timedOut;
    const std::pair<QString, std::pair<int, QColor>> parts[] = {
        {GroupView::tr("Réussite directe"), {g.direct, kSuccess}},
        {GroupView::tr("Réussite indirecte"), {indirect, kCyan}},
        {GroupView::tr("Abandon"), {g.givenUp, kError}},
        {GroupView::tr("Temps dépassé"), {g.timedOut, tokens::warning}},
        {GroupView::tr("Autre issue"), {otherFailures, kGrey}}};
    for (const auto &[label, value] : parts) {
        if (value.first <= 0)
            continue;
        QPieSlice *slice =
            series->append(QStringLiteral("%1 (%2)").arg(label).arg(value.first), value.first);
        slice->setColor(value.second);
        slice->setLabelVisible(true);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(GroupView::tr("Issue des tentatives"));
    chart->legend()->setVisible(false);
    return chart;
}

QChart *timesChart(const GroupMeasures &g)
{
    // Seconds for short tasks, minutes for long ones: whole numbers on the axis either way.
    const bool minutes = g.time.max > 3 * 60000;
    const double unit = minutes ? 60000.0 : 1000.0;
    const auto scaled = [unit](qint64 ms) { return double(ms) / unit; };
    auto *series = new QBoxPlotSeries;
    auto *box = new QBoxSet(scaled(g.time.min), scaled(g.time.q1), scaled(g.time.median),
                            scaled(g.time.q3), scaled(g.time.max), g.title);
    series->append(box);
    series->setBrush(QColor(0xdb, 0xe6, 0xf5));
    series->setPen(QPen(kBlue, 2));
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(minutes ? GroupView::tr("Temps sur la tâche (minutes)")
                            : GroupView::tr("Temps sur la tâche (secondes)"));
    chart->legend()->setVisible(false);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(GroupView::tr("%1 tentative(s)").arg(g.attempts));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max(1.0, std::ceil(scaled(g.time.max) * 1.1)));
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart *errorsChart(const GroupMeasures &g)
{
    auto *set = new QBarSet(GroupView::tr("Erreurs"));
    set->setColor(kError);
    QStringList rules;
    const int shown = std::min<int>(8, int(g.frequentErrors.size()));
    // The most frequent at the top.
    for (int i = shown - 1; i >= 0; --i) {
        *set << g.frequentErrors.at(i).occurrences;
        rules << g.frequentErrors.at(i).rule;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(GroupView::tr("Erreurs les plus fréquentes, par règle"));
    chart->legend()->setVisible(false);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(rules.isEmpty() ? QStringList{GroupView::tr("aucune")} : rules);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    int most = 1;
    for (const ameli::RuleFrequency &f : g.frequentErrors)
        most = std::max(most, f.occurrences);
    axisX->setRange(0, most + 1);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTickCount(std::min(most + 2, 8));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setMinimumSize(260, 220);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

GroupView::GroupView(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_table(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_outcomes(makeView(tr("Issue des tentatives"), this))
    , m_times(makeView(tr("Temps sur la tâche"), this))
    , m_errors(makeView(tr("Erreurs les plus fréquentes"), this))
{
    auto *layout = new QVBoxLayout(this);
    m_table->setAccessibleName(tr("Résultats par scénario ou tâche"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Scénario ou tâche"), tr("Tentatives"), tr("Réussite"),
                              tr("Réussite directe"), tr("Temps médian"), tr("Erreurs (moyenne)"),
                              tr("SUS moyen")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMaximumHeight(150);
    layout->addWidget(m_table);
    auto *pick = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("&Groupe :"), this);
    pickLabel->setBuddy(m_combo);
    m_combo->setAccessibleName(tr("Groupe"));
    pick->addWidget(pickLabel);
    pick->addWidget(m_combo, 1);
    layout->addLayout(pick);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_outcomes);
    charts->addWidget(m_times);
    charts->addWidget(m_errors);
    layout->addLayout(charts, 1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &GroupView::showGroup);
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_table->indexOfTopLevelItem(m_table->currentItem());
        if (row >= 0)
            m_combo->setCurrentIndex(row);
    });
}

QList<QChartView *> GroupView::charts() const
{
    return {m_outcomes, m_times, m_errors};
}

void GroupView::setGroups(const QList<GroupMeasures> &groups)
{
    m_groups = groups;
    m_table->clear();
    for (const GroupMeasures &g : groups) {
        new QTreeWidgetItem(
            m_table, {g.title, QString::number(g.attempts), MeasureText::percent(g.successRate()),
                      MeasureText::percent(g.directRate()), MeasureText::duration(g.time.median),
                      MeasureText::decimal(g.meanMistakes),
                      g.meanSus ? MeasureText::decimal(*g.meanSus) : tr("—")});
    }
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    for (const GroupMeasures &g : groups)
        m_combo->addItem(g.title, g.activityKey);
    showGroup(m_combo->currentIndex());
}

std::optional<GroupMeasures> GroupView::currentGroup() const
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_groups.size())
        return std::nullopt;
    return m_groups.at(index);
}

QStringList GroupView::describe(const GroupMeasures &g)
{
    QStringList lines;
    lines << tr("%1 tentative(s) ; réussite : %2 (dont directe : %3) ; abandons : %4 ; temps "
                "dépassé : %5.")
                 .arg(g.attempts)
                 .arg(MeasureText::percent(g.successRate()), MeasureText::percent(g.directRate()))
                 .arg(g.givenUp)
                 .arg(g.timedOut);
    lines << tr("Temps sur la tâche : médiane %1, de %2 à %3 (la moitié entre %4 et %5).")
                 .arg(MeasureText::duration(g.time.median), MeasureText::duration(g.time.min),
                      MeasureText::duration(g.time.max), MeasureText::duration(g.time.q1),
                      MeasureText::duration(g.time.q3));
    lines << tr("En moyenne : %1 erreur(s), %2 clic(s) sans effet, %3 indice(s).")
                 .arg(MeasureText::decimal(g.meanMistakes), MeasureText::decimal(g.meanMisclicks),
                      MeasureText::decimal(g.meanHints));
    QStringList rules;
    for (const ameli::RuleFrequency &f : g.frequentErrors)
        rules
            << tr("%1 : %2 fois (%3 tentative(s))").arg(f.rule).arg(f.occurrences).arg(f.attempts);
    lines << (rules.isEmpty()
                  ? tr("Aucune erreur.")
                  : tr("Erreurs les plus fréquentes : %1.").arg(rules.join(QStringLiteral(" ; "))));
    if (g.meanSeq)
        lines << tr("Facilité ressentie (SEQ, de 1 à 7) : %1 en moyenne.")
                     .arg(MeasureText::decimal(*g.meanSeq));
    if (g.meanSus)
        lines << tr("SUS moyen : %1 sur 100 (%2 réponse(s)).")
                     .arg(MeasureText::decimal(*g.meanSus))
                     .arg(g.susAnswers);
    return lines;
}

void GroupView::showGroup(int index)
{
    if (index < 0 || index >= m_groups.size()) {
        m_summary->setText(tr("Aucune tentative ne correspond aux filtres."));
        for (QChartView *v : charts())
            replaceChart(v, new QChart);
        return;
    }
    const GroupMeasures &g = m_groups.at(index);
    m_summary->setText(describe(g).join(QLatin1Char('\n')));
    replaceChart(m_outcomes, outcomesChart(g));
    replaceChart(m_times, timesChart(g));
    replaceChart(m_errors, errorsChart(g));
    const QStringList words = describe(g);
    m_outcomes->setAccessibleDescription(words.value(0));
    m_times->setAccessibleDescription(words.value(1));
    m_errors->setAccessibleDescription(words.value(3));
    if (m_table->topLevelItem(index))
        m_table->setCurrentItem(m_table->topLevelItem(index));
}

QImage GroupView::renderCharts(const GroupMeasures &group, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const int w = size.width() / 3;
    QChart *charts[] = {outcomesChart(group), timesChart(group), errorsChart(group)};
    for (int i = 0; i < 3; ++i) {
        QChartView view;
        view.setChart(charts[i]);
        view.resize(w, size.height());
        view.setRenderHint(QPainter::Antialiasing);
        view.render(&painter, QRectF(i * w, 0, w, size.height()));
    }
    return image;
}
