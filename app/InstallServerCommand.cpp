#include "InstallServerCommand.h"

#include "store/Database.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace {

// A station logs in as itself: the administrator's name in the address is not for it.
QString withoutUser(const QString &serverText)
{
    static const QRegularExpression user(QStringLiteral("^(postgres(?:ql)?://)[^@/]*@"));
    QString text = serverText;
    text.replace(user, QStringLiteral("\\1"));
    static const QRegularExpression keyword(QStringLiteral("\\buser=\\S*\\s*"));
    return text.replace(keyword, QString()).trimmed();
}

} // namespace

int InstallServerCommand::run(const ameli::ServerLocation &administrator, const QString &serverText,
                              int stations)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        const ameli::Database server(administrator, ameli::Database::SchemaPolicy::Migrate);
        for (int i = 1; i <= stations; ++i)
            server.addStationRole(QStringLiteral("poste-%1").arg(i, 2, 10, QLatin1Char('0')));
        server.addTrainerRole(QStringLiteral("formateur"));
        out << QCoreApplication::translate("InstallServerCommand",
                                           "Serveur prêt (schéma %1), %2 postes et le rôle "
                                           "formateur.")
                   .arg(server.schemaVersion())
                   .arg(stations)
            << '\n'
            << QCoreApplication::translate("InstallServerCommand", "Sur chaque poste :") << '\n'
            << QStringLiteral("  ameli-simulator --server '%1' --station poste-01")
                   .arg(withoutUser(serverText))
            << '\n';
        return 0;
    } catch (const ameli::StoreError &e) {
        err << e.message() << '\n';
        return 2;
    }
}
