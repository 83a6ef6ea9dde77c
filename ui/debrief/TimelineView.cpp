#include "TimelineView.h"

#include "DesignTokens.h"
#include "attempts/MeasureText.h"
#include "journey/StepKeys.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using ameli::AttemptEvent;
using ameli::EventKind;

namespace {

const QColor &kBlue = tokens::primaryBlue;
const QColor &kCyan = tokens::cyan;
const QColor &kError = tokens::error;
const QColor &kSuccess = tokens::success;
const QColor &kGrey = tokens::textGrey;
const QColor &kOrange = tokens::warning;

constexpr qreal kMargin = 8;
constexpr qreal kBarTop = 22;
constexpr qreal kBarHeight = 34;
constexpr qreal kMarkTop = kBarTop + kBarHeight + 10;
constexpr qreal kLaneHeight = 22;

struct Mark
{
    qint64 atMs;
    int lane; // 0 mistakes, 1 situations, 2 misclicks and hints, 3 notes
    QColor colour;
    QString label;
    QString text;
};

QList<Mark> marksOf(const ameli::AttemptMeasures &m, const QList<AttemptEvent> &events,
                    const QList<ameli::AttemptNote> &notes)
{
    QList<Mark> marks;
    for (const ameli::ErrorOccurrence &e : m.mistakes)
        marks.append(
            {e.atMs, 0, kError, e.rules.join(QLatin1Char(',')), ameli::MeasureText::error(e)});
    for (const ameli::ErrorOccurrence &e : m.symptoms)
        marks.append(
            {e.atMs, 1, kGrey, e.rules.join(QLatin1Char(',')), ameli::MeasureText::error(e)});
    for (const AttemptEvent &e : events) {
        if (e.kind == EventKind::Misclick)
            marks.append({e.elapsedMs, 2, kOrange, QStringLiteral("×"), e.describe()});
        else if (e.kind == EventKind::HintShown)
            marks.append({e.elapsedMs, 2, kCyan, QStringLiteral("?"), e.describe()});
    }
    for (const ameli::AttemptNote &n : notes)
        marks.append({n.atMs, 3, kSuccess, QStringLiteral("✎"), n.text});
    return marks;
}

qreal xFor(qint64 ms, qint64 total, const QRectF &area)
{
    const qreal width = area.width() - 2 * kMargin;
    return area.left() + kMargin + (total > 0 ? width * qreal(ms) / qreal(total) : 0);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Frise de la tentative"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

void TimelineView::setAttempt(const ameli::AttemptMeasures &measures,
                              const QList<AttemptEvent> &events,
                              const QList<ameli::AttemptNote> &notes)
{
    m_measures = measures;
    m_events = events;
    m_notes = notes;
    m_empty = false;
    setAccessibleDescription(describe().join(QStringLiteral(" ; ")));
    update();
}

void TimelineView::clear()
{
    m_measures = {};
    m_events.clear();
    m_notes.clear();
    m_empty = true;
    setAccessibleDescription(QString());
    update();
}

void TimelineView::setCursor(qint64 ms)
{
    m_cursor = ms;
    update();
}

QStringList TimelineView::describe() const
{
    QStringList lines;
    for (const ameli::StepVisit &v : m_measures.visits) {
        lines << tr("%1 : %2").arg(ameli::StepKeys::labelOf(v.step),
                                   ameli::MeasureText::duration(v.durationMs));
    }
    QList<Mark> marks = marksOf(m_measures, m_events, m_notes);
    std::stable_sort(marks.begin(), marks.end(),
                     [](const Mark &a, const Mark &b) { return a.atMs < b.atMs; });
    for (const Mark &mark : marks)
        lines << tr("à %1 : %2").arg(ameli::MeasureText::duration(mark.atMs), mark.text);
    return lines;
}

void TimelineView::paint(QPainter &p, const QRectF &area, const ameli::AttemptMeasures &m,
                         const QList<AttemptEvent> &events, const QList<ameli::AttemptNote> &notes,
                         qint64 cursorMs)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qint64 total = std::max<qint64>(1, m.timeOnTaskMs);
    QFont small = p.font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    const QFontMetricsF fm(small);

    // The time scale, every minute or every ten.
    p.setPen(kGrey);
    const qint64 step = total > 20 * 60000 ? 10 * 60000 : (total > 3 * 60000 ? 60000 : 30000);
    for (qint64 t = 0; t <= total; t += step) {
        const qreal x = xFor(t, total, area);
        p.drawLine(QPointF(x, area.top() + kBarTop - 4), QPointF(x, area.top() + kBarTop));
        p.drawText(QPointF(x + 2, area.top() + kBarTop - 6), ameli::MeasureText::duration(t));
    }

    // The steps, as long as they lasted.
    for (int i = 0; i < m.visits.size(); ++i) {
        const ameli::StepVisit &v = m.visits.at(i);
        const qreal x0 = xFor(v.startMs, total, area);
        const qreal x1 = std::max(x0 + 2, xFor(v.startMs + v.durationMs, total, area));
        const QRectF bar(x0, area.top() + kBarTop, x1 - x0, kBarHeight);
        const QColor fill =
            v.mistakes > 0 ? QColor(0xf6, 0xde, 0xda)
                           : (i % 2 == 0 ? QColor(0xdb, 0xe6, 0xf5) : QColor(0xc3, 0xd6, 0xef));
        p.fillRect(bar, fill);
        p.setPen(QPen(kBlue, 1));
        p.drawRect(bar);
        const QString label =
            fm.elidedText(ameli::StepKeys::labelOf(v.step), Qt::ElideRight, bar.width() - 4);
        p.setPen(Qt::black);
        p.drawText(bar.adjusted(3, 2, -2, -2), Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // The marks, one lane per kind so that they do not hide one another.
    for (const Mark &mark : marksOf(m, events, notes)) {
        const qreal x = xFor(mark.atMs, total, area);
        const qreal y = area.top() + kMarkTop + mark.lane * kLaneHeight;
        p.setPen(QPen(mark.colour, 1, Qt::DotLine));
        p.drawLine(QPointF(x, area.top() + kBarTop + kBarHeight), QPointF(x, y));
        QPainterPath flag;
        flag.moveTo(x, y);
        flag.lineTo(x - 5, y + 9);
        flag.lineTo(x + 5, y + 9);
        flag.closeSubpath();
        p.fillPath(flag, mark.colour);
        p.setPen(mark.colour);
        p.drawText(QPointF(x + 7, y + 9), mark.label);
    }

    if (cursorMs >= 0) {
        const qreal x = xFor(cursorMs, total, area);
        p.setPen(QPen(kBlue, 2));
        p.drawLine(QPointF(x, area.top() + kBarTop - 2),
                   QPointF(x, area.top() + kMarkTop + 4 * kLaneHeight));
    }
    p.restore();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (m_empty) {
        p.setPen(QColor(0x54, 0x58, 0x59));
        p.drawText(rect(), Qt::AlignCenter, tr("Choisissez une tentative dans la liste."));
        return;
    }
    paint(p, rect(), m_measures, m_events, m_notes, m_cursor);
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight(), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

qint64 TimelineView::momentAt(int x) const
{
    const qreal usable = std::max<qreal>(1, width() - 2 * kMargin);
    const qreal ratio = std::clamp((x - kMargin) / usable, 0.0, 1.0);
    return qint64(ratio * qreal(m_measures.timeOnTaskMs));
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_empty) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 total = std::max<qint64>(1, m_measures.timeOnTaskMs);
        QStringList texts;
        for (const Mark &mark : marksOf(m_measures, m_events, m_notes)) {
            const qreal x = xFor(mark.atMs, total, rect());
            const qreal y = kMarkTop + mark.lane * kLaneHeight;
            if (std::abs(help->pos().x() - x) < 8 && help->pos().y() >= y - 2 &&
                help->pos().y() <= y + 14)
                texts << mark.text;
        }
        if (texts.isEmpty()) {
            for (const ameli::StepVisit &v : m_measures.visits) {
                const qreal x0 = xFor(v.startMs, total, rect());
                const qreal x1 = xFor(v.startMs + v.durationMs, total, rect());
                if (help->pos().x() >= x0 && help->pos().x() <= x1 && help->pos().y() >= kBarTop &&
                    help->pos().y() <= kBarTop + kBarHeight)
                    texts << tr("%1 : %2").arg(ameli::StepKeys::labelOf(v.step),
                                               ameli::MeasureText::duration(v.durationMs));
            }
        }
        if (texts.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), texts.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (!m_empty)
        emit momentClicked(momentAt(int(event->position().x())));
    QWidget::mousePressEvent(event);
}
