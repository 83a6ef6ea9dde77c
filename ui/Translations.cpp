#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "ameli.ui.translations")

namespace {

const char kTranslatorName[] = "ameli-translator";

} // namespace

void Translations::install(QCoreApplication &app, const QString &language)
{
    uninstall(app);
    const bool english = language == u"en";
    const QLocale locale(english ? QLocale::English : QLocale::French,
                         english ? QLocale::UnitedKingdom : QLocale::France);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    qt->setObjectName(QLatin1String(kTranslatorName));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else if (!english) {
        qCWarning(lcTranslations) << "Qt's French strings (qtbase_fr.qm) were not found";
    }
    // The source strings are French; only English needs a catalogue of ours.
    if (english) {
        auto *ours = new QTranslator(&app);
        ours->setObjectName(QLatin1String(kTranslatorName));
        if (ours->load(QStringLiteral(":/i18n/ameli-simulator_en.qm")))
            QCoreApplication::installTranslator(ours);
        else
            qCWarning(lcTranslations) << "English catalogue missing";
    }
}

void Translations::uninstall(QCoreApplication &app)
{
    for (QTranslator *t : app.findChildren<QTranslator *>(QLatin1String(kTranslatorName))) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}
