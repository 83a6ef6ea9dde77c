#pragma once

#include <QFrame>

// The foot of every page, as the site has one: its usual headings, shown as plain text since
// their pages are not simulated, and the reminder that this is not the real site.
class SiteFooter : public QFrame
{
    Q_OBJECT

public:
    explicit SiteFooter(QWidget *parent = nullptr);
};
