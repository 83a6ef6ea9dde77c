#include "ReportWriter.h"

#include "GroupView.h"
#include "TimelineView.h"
#include "attempts/MeasureText.h"
#include "journey/StepKeys.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using ameli::MeasureText;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString header(const QString &title)
{
    return QStringLiteral("<h1 style='color:#0c419a'>%1</h1><p style='color:#545859'>%2</p>")
        .arg(esc(title),
             esc(QCoreApplication::translate(
                     "ReportWriter", "Simulateur du compte ameli — document de formation, données "
                                     "fictives. Édité le %1.")
                     .arg(QDateTime::currentDateTime().toString(
                         QStringLiteral("dd/MM/yyyy HH:mm")))));
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><th align='left' style='padding-right:12px'>%1</th><td>%2</td></tr>")
        .arg(esc(name), esc(value));
}

// Written whole to a temporary file first: a failed report never leaves half a PDF.
bool print(QTextDocument &document, const QString &path, const QString &title, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ReportWriter", "Impossible d'écrire « %1 » : %2.")
                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ameli-simulator"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        document.setDefaultFont(QFont(QStringLiteral("Liberation Sans"), 10));
        document.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ReportWriter", "Impossible d'écrire « %1 » : %2.")
                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString ReportWriter::attemptHtml(const ameli::AttemptDigest &digest,
                                  const QList<ameli::AttemptNote> &notes)
{
    const ameli::Attempt &a = digest.attempt;
    const ameli::AttemptMeasures &m = digest.measures;
    QString html = header(QCoreApplication::translate("ReportWriter", "Tentative de %1 : %2")
                              .arg(a.spec.participant, a.activityTitle()));
    html += QStringLiteral("<table>");
    html += row(QCoreApplication::translate("ReportWriter", "Participant"), a.spec.participant);
    html +=
        row(QCoreApplication::translate("ReportWriter", "Scénario ou tâche"), a.activityTitle());
    html += row(QCoreApplication::translate("ReportWriter", "Mode"),
                ameli::Attempt::modeLabel(a.spec.mode));
    html += row(QCoreApplication::translate("ReportWriter", "Date"),
                a.startedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    if (!a.spec.goal.isEmpty())
        html += row(QCoreApplication::translate("ReportWriter", "Objectif"), a.spec.goal);
    html += row(QCoreApplication::translate("ReportWriter", "Résultat"), MeasureText::success(m));
    html += row(QCoreApplication::translate("ReportWriter", "Temps sur la tâche"),
                MeasureText::duration(m.timeOnTaskMs));
    html += row(QCoreApplication::translate("ReportWriter", "Erreurs"),
                m.mistakes.isEmpty() ? QStringLiteral("0")
                                     : QStringLiteral("%1 (%2)")
                                           .arg(m.mistakes.size())
                                           .arg(MeasureText::rules(m.mistakesByRule)));
    html += row(QCoreApplication::translate("ReportWriter", "Clics sans effet"),
                QString::number(m.misclicks));
    html += row(QCoreApplication::translate("ReportWriter", "Retours en arrière"),
                QString::number(m.backtracks));
    html += row(QCoreApplication::translate("ReportWriter", "Détours"), QString::number(m.detours));
    html +=
        row(QCoreApplication::translate("ReportWriter", "Indices"), QString::number(m.hintsUsed));
    if (m.seq)
        html += row(QCoreApplication::translate("ReportWriter", "Facilité ressentie (SEQ, 1 à 7)"),
                    QString::number(*m.seq));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><p><img src='timeline:attempt' width='680'></p>")
                .arg(esc(QCoreApplication::translate("ReportWriter", "Frise")));
    html += QStringLiteral("<h2>%1</h2><table border='1' cellpadding='3' cellspacing='0'>"
                           "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(esc(QCoreApplication::translate("ReportWriter", "Temps par étape")),
                     esc(QCoreApplication::translate("ReportWriter", "Étape")),
                     esc(QCoreApplication::translate("ReportWriter", "Durée")),
                     esc(QCoreApplication::translate("ReportWriter", "Erreurs")));
    for (const ameli::StepVisit &v : m.visits) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr>")
                    .arg(esc(ameli::StepKeys::labelOf(v.step)),
                         esc(MeasureText::duration(v.durationMs)))
                    .arg(v.mistakes);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(QCoreApplication::translate("ReportWriter", "Erreurs et situations")));
    const QStringList lines = MeasureText::errorLines(m);
    if (lines.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("ReportWriter", "Aucune erreur.")));
    else {
        html += QStringLiteral("<ul>");
        for (const QString &l : lines)
            html += QStringLiteral("<li>%1</li>").arg(esc(l));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2><p><b>%2</b> %3</p><p><b>%4</b> %5</p>")
                .arg(esc(QCoreApplication::translate("ReportWriter", "Chemin")),
                     esc(QCoreApplication::translate("ReportWriter", "Attendu :")),
                     esc(m.expectedPath.isEmpty()
                             ? QCoreApplication::translate("ReportWriter", "non précisé")
                             : MeasureText::path(m.expectedPath)),
                     esc(QCoreApplication::translate("ReportWriter", "Suivi :")),
                     esc(MeasureText::path(m.pathTaken)));
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(QCoreApplication::translate("ReportWriter", "Notes")));
    if (notes.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("ReportWriter", "Aucune note.")));
    else {
        html += QStringLiteral("<ul>");
        for (const ameli::AttemptNote &n : notes)
            html += QStringLiteral("<li><b>%1</b> — %2</li>")
                        .arg(esc(MeasureText::duration(n.atMs)), esc(n.text));
        html += QStringLiteral("</ul>");
    }
    return html;
}

bool ReportWriter::writeAttempt(const QString &path, const ameli::AttemptDigest &digest,
                                const QList<ameli::AttemptEvent> &events,
                                const QList<ameli::AttemptNote> &notes, QString *error)
{
    // The timeline at twice its screen size, crisp on paper.
    QImage timeline(QSize(1440, 360), QImage::Format_ARGB32);
    timeline.fill(Qt::white);
    {
        QPainter p(&timeline);
        p.scale(2, 2);
        QFont f(QStringLiteral("Liberation Sans"));
        f.setPixelSize(11);
        p.setFont(f);
        TimelineView::paint(p, QRectF(0, 0, 720, 180), digest.measures, events, notes);
    }
    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("timeline:attempt")),
                         timeline);
    document.setHtml(attemptHtml(digest, notes));
    return print(document, path,
                 QCoreApplication::translate("ReportWriter", "Tentative %1")
                     .arg(digest.attempt.spec.participant),
                 error);
}

bool ReportWriter::writeGroups(const QString &path, const QList<ameli::GroupMeasures> &groups,
                               const QString &filterText, QString *error)
{
    QTextDocument document;
    QString html = header(QCoreApplication::translate("ReportWriter", "Résultats du groupe"));
    if (!filterText.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(filterText));
    html += QStringLiteral("<table border='1' cellpadding='3' cellspacing='0'><tr><th>%1</th>"
                           "<th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(esc(QCoreApplication::translate("ReportWriter", "Scénario ou tâche")),
                     esc(QCoreApplication::translate("ReportWriter", "Tentatives")),
                     esc(QCoreApplication::translate("ReportWriter", "Réussite")),
                     esc(QCoreApplication::translate("ReportWriter", "Temps médian")),
                     esc(QCoreApplication::translate("ReportWriter", "Erreurs (moyenne)")),
                     esc(QCoreApplication::translate("ReportWriter", "SUS moyen")));
    for (const ameli::GroupMeasures &g : groups) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td><td align='right'>%5</td>"
                               "<td align='right'>%6</td></tr>")
                    .arg(esc(g.title))
                    .arg(g.attempts)
                    .arg(esc(MeasureText::percent(g.successRate())),
                         esc(MeasureText::duration(g.time.median)),
                         MeasureText::decimal(g.meanMistakes),
                         g.meanSus ? MeasureText::decimal(*g.meanSus) : QStringLiteral("—"));
    }
    html += QStringLiteral("</table>");
    for (int i = 0; i < groups.size(); ++i) {
        const ameli::GroupMeasures &g = groups.at(i);
        const QString name = QStringLiteral("charts:%1").arg(i);
        document.addResource(QTextDocument::ImageResource, QUrl(name),
                             GroupView::renderCharts(g, QSize(1500, 420)));
        html += QStringLiteral("<h2>%1</h2>").arg(esc(g.title));
        for (const QString &line : GroupView::describe(g))
            html += QStringLiteral("<p>%1</p>").arg(esc(line));
        html += QStringLiteral("<p><img src='%1' width='680'></p>").arg(name);
    }
    document.setHtml(html);
    return print(document, path, QCoreApplication::translate("ReportWriter", "Résultats du groupe"),
                 error);
}
