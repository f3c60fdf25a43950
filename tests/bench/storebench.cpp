// Storage benchmarks, on SQLite and on a throwaway PostgreSQL server:
//   - importing 80,000 participants x 5 picks (400,000 picks) from CSV,
//   - the organisation-wide profile over them, aggregated in the database,
//   - opening a session of 30 participants x 3 rounds.
// Baselines measured in the same run: reading and parsing the CSV text alone; the same profile
// computed in memory from the loaded picks. Run with: cmake --build build -t bench
#include "benchmark.h"

#include "io/pickscsv.h"
#include "postgresserver.h"
#include "profile/profile.h"
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace DriveDeck;

namespace {

constexpr int Participants = 80000;
constexpr int PicksEach = 5;

QByteArray makeCsv()
{
    QRandomGenerator random(42);
    QByteArray csv = "participant,round,drive,rank,polarity,note\n";
    csv.reserve(Participants * PicksEach * 40);
    for (int p = 0; p < Participants; ++p) {
        DriveSet chosen;
        int rank = 1;
        while (chosen.size() < PicksEach) {
            const int id = int(random.bounded(1, 25));
            if (chosen.contains(id))
                continue;
            chosen.insert(id);
            csv += "Participant " + QByteArray::number(p) + ",What drives you now," +
                   Catalogue::drive(id).key.toLatin1() + ',' + QByteArray::number(rank++) + ",+,\n";
        }
    }
    return csv;
}

Session smallSession()
{
    Session session = Session::create(QStringLiteral("Team day"));
    QRandomGenerator random(7);
    for (int p = 0; p < 30; ++p)
        session.participants.append({QUuid::createUuid(), QStringLiteral("Person %1").arg(p), {}});
    for (int r = 0; r < 3; ++r) {
        Round round;
        round.id = QUuid::createUuid();
        round.title = QStringLiteral("Round %1").arg(r + 1);
        round.rule = PickingRule::choose(1, 5);
        for (const Participant &p : session.participants)
            round.participantIds.append(p.id);
        session.rounds.append(round);
        for (const Participant &p : session.participants) {
            DriveSet chosen;
            while (chosen.size() < 5) {
                const int id = int(random.bounded(1, 25));
                if (chosen.contains(id))
                    continue;
                chosen.insert(id);
                session.picks.append({p.id, round.id, id, std::nullopt, Polarity::Positive,
                                      QStringLiteral("A story about it"),
                                      QDateTime::currentDateTimeUtc(), std::nullopt});
            }
        }
    }
    return session;
}

void benchEngine(Bench::Runner &runner, const QString &engine,
                 const std::function<DatabaseConfig()> &freshDatabase, const QString &csvPath,
                 double parseBaseline)
{
    std::unique_ptr<SessionStore> store;
    runner.measure(
        engine + QStringLiteral(": import 400,000 picks from CSV"),
        [&] {
            QFile file(csvPath);
            file.open(QIODevice::ReadOnly);
            auto session = PicksCsv::import(file.readAll(), {QStringLiteral("Big"), QString()});
            if (!session || !store->save(session.value())) {
                std::fprintf(stderr, "import failed\n");
                std::exit(1);
            }
            return qint64(session->picks.size());
        },
        parseBaseline,
        [&] {
            store.reset();
            store = std::move(SessionStore::open(freshDatabase())).value();
        },
        3);

    // The store now holds exactly one imported session of 400,000 picks.
    const QUuid id = store->list()->first().id;
    const Session loaded = *store->load(id);
    const double inMemory =
        runner.measure(engine + QStringLiteral(": baseline: same profile in memory"), [&] {
            return Profile::ofRound(loaded, loaded.rounds.first().id).respondents();
        });
    runner.measure(
        engine + QStringLiteral(": organisation-wide profile in SQL"),
        [&] { return store->organisationProfile({})->profile.respondents(); }, inMemory);

    Session small = smallSession();
    if (const Status saved = store->save(small); !saved)
        qFatal("cannot save the small session: %s", qPrintable(saved.errorMessage()));
    runner.measure(
        engine + QStringLiteral(": open a session of 30 x 3 rounds"),
        [&] { return qint64(store->load(small.id)->picks.size()); }, inMemory);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(csvPath);
        file.open(QIODevice::WriteOnly);
        file.write(makeCsv());
    }
    Bench::Runner runner(QStringLiteral("storage, %1 participants x %2 picks = %3 picks")
                             .arg(Participants)
                             .arg(PicksEach)
                             .arg(Participants * PicksEach));
    const double parse =
        runner.measure(QStringLiteral("baseline: read and parse the CSV only"), [&] {
            QFile file(csvPath);
            file.open(QIODevice::ReadOnly);
            return qint64(
                PicksCsv::import(file.readAll(), {QStringLiteral("Big"), QString()})->picks.size());
        });

    int counter = 0;
    benchEngine(
        runner, QStringLiteral("SQLite"),
        [&] {
            return DatabaseConfig::sqlite(
                dir.filePath(QStringLiteral("db%1.sqlite").arg(++counter)));
        },
        csvPath, parse);

    Testing::PostgresServer server;
    const QString problem = server.start();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "PostgreSQL benchmarks skipped: %s\n", qPrintable(problem));
        return 1;
    }
    benchEngine(
        runner, QStringLiteral("PostgreSQL"),
        [&] {
            const QString name = QStringLiteral("bench_%1").arg(++counter);
            server.createDatabase(name);
            return *DatabaseConfig::fromUrl(server.url(name));
        },
        csvPath, parse);
    return 0;
}
