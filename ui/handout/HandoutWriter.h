#pragma once

#include <QHash>
#include <QImage>
#include <QString>
#include <functional>

// Writes the printable step-by-step guide as an A4 PDF with Qt's own PDF writer (fonts
// embedded): a title page marked as a training document with fictitious data and its contents,
// one page per step with the screen as the simulator drew it and the guide's explanation under
// it, the journey's delays in a table, and the "mail not received" advice. Page numbers on
// every page. What it says comes from the model (ameli::HandoutContent).
class HandoutWriter
{
public:
    // The pages the handout has: the title page, one per step, the delays, the advice.
    static int pageCount();
    // `screens`: the storyboard's pictures by name. False, with a French reason, when a step's
    // screen is missing or the file cannot be written; the file is then left as it was.
    // `progress` is told each page as it is drawn (page, pages).
    static bool write(const QString &path, const QHash<QString, QImage> &screens, QString *error,
                      const std::function<void(int, int)> &progress = {});
};
