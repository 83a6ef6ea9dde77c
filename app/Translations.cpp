#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "ameli.app.translations")

void Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale(language == u"en" ? QLocale::English : QLocale::French,
                         language == u"en" ? QLocale::UnitedKingdom : QLocale::France);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else if (language != u"en") {
        qCWarning(lcTranslations) << "Qt's French strings (qtbase_fr.qm) were not found";
    }
    // The source strings are French; only English needs a catalogue of ours.
    if (language == u"en") {
        auto *ours = new QTranslator(&app);
        if (ours->load(QStringLiteral(":/i18n/ameli-simulator_en.qm")))
            QCoreApplication::installTranslator(ours);
        else
            qCWarning(lcTranslations) << "English catalogue missing";
    }
}
