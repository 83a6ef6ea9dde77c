#pragma once

#include <QFrame>

// The simulated site's header: a wordmark area (a neutral emblem and the service's name in
// plain letters: no logo of the Assurance Maladie is copied) and the site's section.
class SiteHeader : public QFrame
{
    Q_OBJECT

public:
    explicit SiteHeader(QWidget *parent = nullptr);
};
