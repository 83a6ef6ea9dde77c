// A classroom under load: STATIONS stations (threads, each on its own connection and its own
// role) drive scripted journeys for SECONDS against one PostgreSQL server, each publishing its
// tile after every action as a station does; the trainer's connection listens in the main
// thread. Prints the p50 and p95 latency of a user action (the model's call, from the click's
// handler to the result the page shows; painting excluded) and the dashboard's delay (from a
// tile's write to its notification read by the trainer), then the same journey for one
// station alone on SQLite and on PostgreSQL, beside each engine's floor (a prepared SELECT 1).
//
//   bench_classroom 'host=/tmp/x port=5432 user=ameli_admin' [STATIONS] [SECONDS]
// The role must be the server's administrator (scripts/run-benchmarks.sh starts a throwaway
// cluster and gives it).
#include "classroom/RoomFeed.h"
#include "clock/SimulationClock.h"
#include "journey/JourneyService.h"
#include "mail/MailTemplates.h"
#include "security/SecretHasher.h"
#include "store/ClassroomRepository.h"
#include "store/Database.h"
#include "store/MailRepository.h"
#include "store/PersonRepository.h"
#include "store/ServerLocation.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace ameli;

namespace {

const char *const kNir = "2850775056123";
const char *const kBirth = "14/07/1985";
const char *const kEmail = "camille.martin@exemple.fr";
const char *const kCode = "MotdePasse1";

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

QString provisionalCode(const Database &db)
{
    static const QRegularExpression code(QStringLiteral("id=\"code-provisoire\">([0-9]{4})<"));
    for (const Mail &m : MailRepository(db).everything(QLatin1String(kEmail))) {
        if (m.content.subject == MailTemplates::provisionalCodeSubject())
            return code.match(m.content.htmlBody).captured(1);
    }
    return {};
}

QUrl validationLink(const Database &db)
{
    static const QRegularExpression href(
        QStringLiteral("href=\"([^\"]*confirmation-email[^\"]*)\""));
    QUrl last;
    for (const Mail &m : MailRepository(db).everything(QLatin1String(kEmail))) {
        if (m.content.subject == MailTemplates::validationSubject())
            last = QUrl(href.match(m.content.htmlBody).captured(1), QUrl::StrictMode);
    }
    return last;
}

// One journey: the activation, then logins and logouts until `until` says stop. Each action's
// duration goes to `latencies`; `after` runs after each action (the tile's write).
void journey(const Database &db, std::vector<double> &latencies, int maxLogins,
             const std::function<bool()> &until, const std::function<void(const char *)> &after)
{
    SimulationClock clock;
    JourneyService service(db, clock, SecretHasher(SecretHasher::Cost::Minimal));
    PersonRepository(db).insert({0, QLatin1String(kNir), QDate(1985, 7, 14),
                                 QStringLiteral("Camille"), QStringLiteral("Martin"),
                                 QLatin1String(kEmail)});
    QElapsedTimer t;
    const auto timed = [&](const char *step, const std::function<JourneyResult()> &action) {
        t.start();
        const JourneyResult r = action();
        latencies.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r.ok())
            std::fprintf(stderr, "%s refused: %s\n", step, qPrintable(r.message));
        after(step);
    };
    service.follow(NavigationLink::ForgottenCode);
    timed("forgotten-code", [&] {
        return service.requestProvisionalCode(QLatin1String(kNir), QLatin1String(kBirth),
                                              service.captcha().current().characters);
    });
    const QString code = provisionalCode(db);
    timed("login", [&] { return service.login(QLatin1String(kNir), code); });
    timed("conditions", [&] { return service.answerConditions(true); });
    timed("personal-code",
          [&] { return service.choosePersonalCode(QLatin1String(kCode), QLatin1String(kCode)); });
    ContactDetails contact;
    contact.email = QLatin1String(kEmail);
    contact.emailConfirmation = contact.email;
    timed("contact-details", [&] { return service.giveContactDetails(contact); });
    const QUrl link = validationLink(db);
    timed("validation", [&] { return service.openLink(link); });
    for (int i = 0; i < maxLogins && !until(); ++i) {
        service.follow(NavigationLink::ConnectYourself);
        timed("login-again",
              [&] { return service.login(QLatin1String(kNir), QLatin1String(kCode)); });
        service.logout();
    }
}

double floorOf(const Database &db)
{
    std::vector<double> times;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT 1"));
    QElapsedTimer t;
    for (int i = 0; i < 2000; ++i) {
        t.start();
        Database::exec(q);
        q.next();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return percentile(times, 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_classroom 'libpq keywords of the administrator' "
                             "[STATIONS] [SECONDS]\n");
        return 2;
    }
    const int stations = args.size() > 2 ? args.at(2).toInt() : 30;
    const int seconds = args.size() > 3 ? args.at(3).toInt() : 300;
    QString problem;
    const auto admin = ServerLocation::parse(args.at(1), QString(), &problem);
    if (!admin) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    try {
        std::vector<QString> names;
        {
            Database setup(*admin, Database::SchemaPolicy::Migrate);
            const QString run = QString::number(QCoreApplication::applicationPid());
            for (int i = 0; i < stations; ++i) {
                names.push_back(QStringLiteral("bench-%1-%2").arg(run).arg(i + 1));
                setup.addStationRole(names.back());
            }
            setup.addTrainerRole(QStringLiteral("bench-formateur"));
        }
        const Database trainer(admin->as(QStringLiteral("bench-formateur")));

        // The dashboard's delay, as the dashboard's own feed sees it: for each tile that
        // changed, from its write to the moment the trainer's view has it.
        std::vector<double> dashboardDelays;
        QMap<QString, QDateTime> seen;
        const QSet<QString> ours(names.begin(), names.end());
        RoomFeed feed(trainer);
        QObject::connect(&feed, &RoomFeed::updated, [&] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const StationStatus &s : feed.statuses()) {
                if (ours.contains(s.station) && seen.value(s.station) != s.updatedAt) {
                    seen.insert(s.station, s.updatedAt);
                    dashboardDelays.push_back(double(s.updatedAt.msecsTo(now)));
                }
            }
        });

        std::mutex merge;
        std::vector<double> actions;
        std::atomic<int> running{stations};
        std::atomic<int> failures{0};
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> threads;
        for (int i = 0; i < stations; ++i) {
            threads.emplace_back([&, i] {
                std::vector<double> mine;
                try {
                    const Database db(admin->as(names[size_t(i)]));
                    StationStatus status;
                    status.participant = QStringLiteral("P%1").arg(i + 1);
                    status.attemptStartedAt = QDateTime::currentDateTimeUtc();
                    journey(
                        db, mine, 1 << 30, [&] { return wall.elapsed() > seconds * 1000LL; },
                        [&](const char *step) {
                            status.step = QLatin1String(step);
                            status.updatedAt = QDateTime::currentDateTimeUtc();
                            status.lastProgressAt = status.updatedAt;
                            ClassroomRepository(db).publish(status);
                        });
                } catch (const StoreError &e) {
                    ++failures;
                    std::fprintf(stderr, "station %d: %s\n%s\n", i + 1, qPrintable(e.message()),
                                 qPrintable(e.detail()));
                }
                const std::lock_guard lock(merge);
                actions.insert(actions.end(), mine.begin(), mine.end());
                --running;
            });
        }
        QEventLoop loop;
        QTimer poll; // only to leave the loop once every thread is done, not to read the server
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (running == 0)
                loop.quit();
        });
        poll.start(100);
        loop.exec();
        for (std::thread &t : threads)
            t.join();
        QCoreApplication::processEvents();
        const double floorPg = floorOf(trainer);
        std::printf("%d stations, %d s: %zu actions (%d stations failed), floor SELECT 1 %.3f ms\n",
                    stations, seconds, actions.size(), failures.load(), floorPg);
        std::printf("action latency: p50 %.2f ms, p95 %.2f ms (target p95 <= 50 ms); "
                    "p50/floor %.1fx\n",
                    percentile(actions, 0.5), percentile(actions, 0.95),
                    percentile(actions, 0.5) / floorPg);
        std::printf("dashboard delay: p50 %.0f ms, p95 %.0f ms, max %.0f ms over %zu "
                    "tile changes seen (target <= 1000 ms)\n",
                    percentile(dashboardDelays, 0.5), percentile(dashboardDelays, 0.95),
                    percentile(dashboardDelays, 1.0), dashboardDelays.size());

        // The same journey alone, on each engine, 200 logins after the activation.
        const auto alone = [&](const Database &db, const char *engine) {
            std::vector<double> mine;
            journey(
                db, mine, 200, [] { return false; }, [](const char *) {});
            const double f = floorOf(db);
            std::printf("one station on %s: p50 %.2f ms, p95 %.2f ms; floor %.3f ms; "
                        "p50/floor %.1fx\n",
                        engine, percentile(mine, 0.5), percentile(mine, 0.95), f,
                        percentile(mine, 0.5) / f);
        };
        QTemporaryDir dir;
        {
            const Database file(dir.filePath(QStringLiteral("bench.sqlite")));
            alone(file, "SQLite");
        }
        {
            const QString solo =
                QStringLiteral("bench-solo-%1").arg(QCoreApplication::applicationPid());
            Database(*admin, Database::SchemaPolicy::Migrate).addStationRole(solo);
            const Database server(admin->as(solo));
            alone(server, "PostgreSQL");
        }
        return failures == 0 ? 0 : 1;
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(e.message()), qPrintable(e.detail()));
        return 2;
    }
}
