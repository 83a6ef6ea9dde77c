#include "HandoutWriter.h"

#include "Version.h"
#include "guide/HandoutContent.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using ameli::HandoutContent;

namespace {

const QColor kBlue(0x0c, 0x41, 0x9a);
const QColor kGrey(0x54, 0x58, 0x59);
const QColor kRed(0xb3, 0x26, 0x1e);
constexpr int kResolution = 300; // dots per inch of the page's coordinates

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("Liberation Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Draws a piece of HTML at `top`, `width` wide; returns its height.
qreal drawHtml(QPainter &painter, QPdfWriter &writer, const QString &html, qreal left, qreal top,
               qreal width, qreal points = 11)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(font(points));
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(width);
    painter.save();
    painter.translate(left, top);
    document.drawContents(&painter);
    painter.restore();
    return document.size().height();
}

class PageDrawer
{
public:
    PageDrawer(QPdfWriter &writer, QPainter &painter, int pages)
        : m_writer(writer)
        , m_painter(painter)
        , m_pages(pages)
        , m_area(writer.pageLayout().paintRectPixels(kResolution))
    {
        m_area.moveTo(0, 0);
    }

    QRectF body() const
    {
        const qreal band = mm(9);
        return QRectF(m_area).adjusted(0, band, 0, -band);
    }

    qreal mm(qreal millimetres) const { return millimetres * kResolution / 25.4; }

    void frame(int page)
    {
        if (page > 1)
            m_writer.newPage();
        m_painter.setPen(kGrey);
        m_painter.setFont(font(8.5));
        const QRectF top(m_area.left(), m_area.top(), m_area.width(), mm(6));
        m_painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, HandoutContent::title());
        m_painter.setPen(kRed);
        m_painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                           QCoreApplication::translate("HandoutWriter",
                                                       "Document de formation — données fictives"));
        m_painter.setPen(QPen(kGrey, mm(0.2)));
        m_painter.drawLine(QPointF(m_area.left(), top.bottom() + mm(1)),
                           QPointF(m_area.right(), top.bottom() + mm(1)));
        const QRectF bottom(m_area.left(), m_area.bottom() - mm(6), m_area.width(), mm(6));
        m_painter.setPen(kGrey);
        m_painter.drawText(
            bottom, Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("HandoutWriter", "Simulateur du compte ameli %1")
                .arg(QStringLiteral(AMELI_VERSION_TEXT)));
        m_painter.drawText(
            bottom, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("HandoutWriter", "Page %1 sur %2").arg(page).arg(m_pages));
    }

    qreal heading(const QString &text, qreal top, qreal points = 18)
    {
        m_painter.setPen(kBlue);
        m_painter.setFont(font(points, true));
        const QRectF bounds = m_painter.boundingRect(
            QRectF(body().left(), top, body().width(), mm(40)), Qt::TextWordWrap, text);
        m_painter.drawText(bounds, Qt::TextWordWrap, text);
        return bounds.height();
    }

    qreal html(const QString &html, qreal top, qreal points = 11)
    {
        return drawHtml(m_painter, m_writer, html, body().left(), top, body().width(), points);
    }

    // The screen, as large as the width allows and at most `maxHeight` high, framed.
    qreal screen(const QImage &image, qreal top, qreal maxHeight)
    {
        QSizeF size =
            QSizeF(image.size()).scaled(QSizeF(body().width(), maxHeight), Qt::KeepAspectRatio);
        const QRectF target(body().left() + (body().width() - size.width()) / 2, top, size.width(),
                            size.height());
        m_painter.setRenderHint(QPainter::SmoothPixmapTransform);
        m_painter.drawImage(target, image);
        m_painter.setPen(QPen(kGrey, mm(0.3)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(target);
        return size.height();
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    int m_pages;
    QRectF m_area;
};

QString contentsHtml(const QList<ameli::HandoutStep> &steps)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    for (int i = 0; i < steps.size(); ++i) {
        html += QStringLiteral("<tr><td width='8%'>%1.</td><td>%2</td><td align='right'>%3</td>"
                               "</tr>")
                    .arg(i + 1)
                    .arg(esc(steps.at(i).title))
                    .arg(i + 2);
    }
    const int after = int(steps.size()) + 2;
    html += QStringLiteral("<tr><td></td><td>%1</td><td align='right'>%2</td></tr>"
                           "<tr><td></td><td>%3</td><td align='right'>%4</td></tr></table>")
                .arg(esc(HandoutContent::delaysTitle()))
                .arg(after)
                .arg(esc(HandoutContent::adviceTitle()))
                .arg(after + 1);
    return html;
}

QString stepHtml(const ameli::HandoutStep &step)
{
    QString html = QStringLiteral("<ul style='margin-left:0'>");
    for (const QString &line : step.lines)
        html += QStringLiteral("<li style='margin-bottom:6px'>%1</li>").arg(esc(line));
    html += QStringLiteral("</ul><p style='color:#545859'>%1</p>")
                .arg(esc(QCoreApplication::translate("HandoutWriter", "Règles du parcours : %1")
                             .arg(step.rules)));
    return html;
}

QString delaysHtml()
{
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='8' "
                                  "width='100%' style='border-color:#545859'><tr "
                                  "style='background:#d7e4f7'><th align='left'>%1</th>"
                                  "<th align='left'>%2</th><th align='left'>%3</th>"
                                  "<th align='left'>%4</th></tr>")
                       .arg(esc(QCoreApplication::translate("HandoutWriter", "Ce qui a un délai")),
                            esc(QCoreApplication::translate("HandoutWriter", "Délai")),
                            esc(QCoreApplication::translate("HandoutWriter", "Passé ce délai")),
                            esc(QCoreApplication::translate("HandoutWriter", "Règles")));
    for (const ameli::HandoutDelay &d : HandoutContent::delays()) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(d.what), esc(d.duration), esc(d.afterwards), esc(d.rules));
    }
    html += QStringLiteral("</table><p style='color:#545859'>%1</p>")
                .arg(esc(QCoreApplication::translate(
                    "HandoutWriter", "Dans le simulateur, le formateur avance l'horloge (+5 min, "
                                     "+30 min, +7 jours, +21 jours) pour montrer chaque délai.")));
    return html;
}

QString adviceHtml()
{
    QString html = QStringLiteral("<p>%1</p>").arg(esc(HandoutContent::adviceIntro()));
    for (const ameli::HandoutAdvice &group : HandoutContent::advice()) {
        if (!group.heading.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(group.heading));
        html += QStringLiteral("<ul>");
        for (const QString &item : group.items)
            html += QStringLiteral("<li style='margin-bottom:6px'>%1</li>").arg(esc(item));
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

int HandoutWriter::pageCount()
{
    return int(HandoutContent::steps().size()) + 3;
}

bool HandoutWriter::write(const QString &path, const QHash<QString, QImage> &screens,
                          QString *error, const std::function<void(int, int)> &progress)
{
    const QList<ameli::HandoutStep> steps = HandoutContent::steps();
    for (const ameli::HandoutStep &step : steps) {
        if (screens.value(step.shot).isNull()) {
            if (error)
                *error =
                    QCoreApplication::translate(
                        "HandoutWriter", "L'écran « %1 » manque : le pas-à-pas n'a pas été écrit.")
                        .arg(step.shot);
            return false;
        }
    }
    const auto cannotWrite = [&path, error](const QString &why) {
        if (error)
            *error =
                QCoreApplication::translate("HandoutWriter", "Impossible d'écrire « %1 » : %2.")
                    .arg(QFileInfo(path).absoluteFilePath(), why);
        return false;
    };
    // Written whole to a temporary file first: a failed handout never leaves half a PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    const int pages = pageCount();
    {
        QPdfWriter writer(&file);
        writer.setTitle(HandoutContent::title());
        writer.setCreator(QStringLiteral("ameli-simulator %1").arg(AMELI_VERSION_TEXT));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        writer.setResolution(kResolution);
        QPainter painter(&writer);
        PageDrawer page(writer, painter, pages);
        const QRectF body = page.body();
        int number = 1;
        const auto tell = [&] {
            if (progress)
                progress(number, pages);
        };

        // The title page.
        page.frame(number);
        qreal y = body.top() + page.mm(20);
        y += page.heading(HandoutContent::title(), y, 26) + page.mm(6);
        y += page.html(QStringLiteral("<p style='font-size:14pt'>%1</p>")
                           .arg(esc(HandoutContent::subtitle())),
                       y) +
             page.mm(8);
        const QRectF notice(body.left(), y, body.width(), page.mm(30));
        painter.setPen(QPen(kRed, page.mm(0.8)));
        painter.setBrush(QColor(0xfd, 0xec, 0xea));
        painter.drawRect(notice);
        painter.setPen(kRed);
        painter.setFont(font(15, true));
        painter.drawText(notice.adjusted(page.mm(5), page.mm(3), -page.mm(5), 0),
                         Qt::AlignTop | Qt::AlignHCenter,
                         QCoreApplication::translate("HandoutWriter",
                                                     "DOCUMENT DE FORMATION — DONNÉES FICTIVES"));
        drawHtml(painter, writer, esc(HandoutContent::trainingNotice()), notice.left() + page.mm(5),
                 notice.top() + page.mm(12), notice.width() - page.mm(10), 11);
        y = notice.bottom() + page.mm(10);
        y += page.heading(QCoreApplication::translate("HandoutWriter", "Sommaire"), y, 15) +
             page.mm(3);
        y += page.html(contentsHtml(steps), y, 11) + page.mm(8);
        page.html(
            QStringLiteral("<p style='color:#545859'>%1</p>")
                .arg(esc(QCoreApplication::translate(
                             "HandoutWriter",
                             "Édité le %1 par le simulateur, à partir de ses propres écrans.")
                             .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)))),
            y, 10);
        tell();

        // One page per step.
        for (int i = 0; i < steps.size(); ++i) {
            const ameli::HandoutStep &step = steps.at(i);
            page.frame(++number);
            y = body.top() + page.mm(2);
            painter.setPen(kGrey);
            painter.setFont(font(10));
            painter.drawText(QRectF(body.left(), y, body.width(), page.mm(6)), Qt::AlignLeft,
                             QCoreApplication::translate("HandoutWriter", "Étape %1 sur %2")
                                 .arg(i + 1)
                                 .arg(steps.size()));
            y += page.mm(7);
            y += page.heading(step.title, y) + page.mm(4);
            y += page.screen(screens.value(step.shot), y, body.height() * 0.55) + page.mm(6);
            page.html(stepHtml(step), y, 12);
            tell();
        }

        page.frame(++number);
        y = body.top() + page.mm(2);
        y += page.heading(HandoutContent::delaysTitle(), y) + page.mm(6);
        page.html(delaysHtml(), y, 11);
        tell();

        page.frame(++number);
        y = body.top() + page.mm(2);
        y += page.heading(HandoutContent::adviceTitle(), y) + page.mm(6);
        page.html(adviceHtml(), y, 12);
        tell();
        if (!painter.end())
            return cannotWrite(
                QCoreApplication::translate("HandoutWriter", "le PDF n'a pas pu être dessiné"));
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return true;
}
