#pragma once

#include "JourneyRunner.h"
#include "MainWindow.h"
#include "TestWorld.h"
#include "Theme.h"
#include "mailbox/MailboxWindow.h"
#include "pages/Page.h"
#include "tour/UserActions.h"
#include "widgets/FormField.h"
#include "widgets/Notice.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>

// The real main window over a TestWorld: tests drive it with key and mouse events.
struct GuiWorld : TestWorld
{
    std::unique_ptr<MainWindow> window;

    explicit GuiWorld(bool withPerson = true,
                      ameli::SecretHasher::Cost cost = ameli::SecretHasher::Cost::Minimal)
        : TestWorld(withPerson, cost)
    {
        Theme::apply();
        window = std::make_unique<MainWindow>(*journey, *db, clock);
        window->resize(1100, 860);
        window->show();
        QApplication::setActiveWindow(window.get());
        QCoreApplication::processEvents();
    }

    ~GuiWorld()
    {
        if (window)
            window->mailbox()->close();
        window.reset();
    }

    template <typename T = Page> T *page(ameli::JourneyStep step) const
    {
        return qobject_cast<T *>(window->page(step));
    }

    ameli::JourneyStep step() const { return window->currentPage()->step(); }

    void waitIdle() const { UserActions::waitUntilIdle(*window->runner()); }

    // A button as a person finds it: by what it says.
    QPushButton *button(const QString &name, QWidget *within = nullptr) const
    {
        QWidget *root = within ? within : window->currentPage();
        for (QPushButton *b : root->findChildren<QPushButton *>()) {
            if (b->accessibleName() == name && b->isVisible())
                return b;
        }
        return nullptr;
    }

    void clickButton(const QString &name)
    {
        QPushButton *b = button(name);
        QVERIFY2(b, qPrintable(QStringLiteral("no visible button « %1 »").arg(name)));
        UserActions::click(b);
        waitIdle();
    }

    QString errorOf(const QString &fieldName) const
    {
        FormField *f = window->currentPage()->field(fieldName);
        return f ? f->error() : QString();
    }

    QString notice() const
    {
        Notice *n = window->currentPage()->notice();
        return n->isVisible() ? n->text() : QString();
    }
};
