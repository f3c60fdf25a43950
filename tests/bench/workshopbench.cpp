// The open session's document and write queue, on SQLite and on a throwaway PostgreSQL server:
//   - what a pick costs the window: SessionDocument::addPick returning (check, undo command,
//     signals, queueing), against the baseline of Session::addPick on a plain value;
//   - a workshop's 90 picks (30 people x 3 cards) made through the document until all are
//     saved, against the baseline of the same picks written one by one with SessionStore::addPick
//     on the window's own thread (what the window did before the write queue).
// Run with: cmake --build build -t bench
#include "benchmark.h"

#include "postgresserver.h"
#include "store/sessionstore.h"
#include "workshop/sessiondocument.h"
#include "workshop/sessionlibrary.h"
#include "workshop/sessionlistmodel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace DriveDeck;

namespace {

constexpr int People = 30;
constexpr int CardsEach = 3;

Session workshop()
{
    Session session = Session::create(QStringLiteral("Team day"));
    for (int p = 0; p < People; ++p)
        session.participants.append({QUuid::createUuid(), QStringLiteral("Person %1").arg(p), {}});
    Round round;
    round.id = QUuid::createUuid();
    round.title = QStringLiteral("What drives you now");
    round.rule = PickingRule::choose(1, CardsEach);
    for (const Participant &p : session.participants)
        round.participantIds.append(p.id);
    session.rounds.append(round);
    return session;
}

QList<Pick> picksFor(const Session &session)
{
    QList<Pick> picks;
    for (int p = 0; p < People; ++p) {
        for (int c = 0; c < CardsEach; ++c) {
            Pick pick;
            pick.roundId = session.rounds.first().id;
            pick.participantId = session.participants.at(p).id;
            pick.driveId = 1 + (p + c * 7) % 24;
            pick.madeAt = QDateTime::currentDateTimeUtc();
            picks.append(pick);
        }
    }
    return picks;
}

bool waitFor(const std::function<bool()> &condition, int ms = 120000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void benchEngine(Bench::Runner &runner, const QString &engine,
                 const std::function<DatabaseConfig()> &freshDatabase)
{
    // Baseline: 90 picks written on this thread, one transaction each.
    Session direct = workshop();
    std::unique_ptr<SessionStore> store;
    QList<Pick> picks;
    const double synchronous = runner.measure(
        engine + QStringLiteral(": baseline: 90 picks, store.addPick here"),
        [&] {
            for (const Pick &pick : std::as_const(picks)) {
                if (!store->addPick(direct, pick))
                    qFatal("addPick failed");
            }
            return qint64(direct.picks.size());
        },
        0.0,
        [&] {
            store = std::move(SessionStore::open(freshDatabase())).value();
            direct = workshop();
            if (!store->save(direct))
                qFatal("save failed");
            picks = picksFor(direct);
        },
        5);

    std::unique_ptr<SessionDocument> document;
    runner.measure(
        engine + QStringLiteral(": 90 picks through the document, all saved"),
        [&] {
            for (const Pick &pick : std::as_const(picks)) {
                if (!document->addPick(pick))
                    qFatal("addPick failed");
            }
            if (!waitFor(
                    [&] { return document->saveState() == SessionDocument::SaveState::Saved; }))
                qFatal("not saved");
            return qint64(document->session().picks.size());
        },
        synchronous,
        [&] {
            document.reset();
            const DatabaseConfig config = freshDatabase();
            auto opened = SessionStore::open(config);
            Session session = workshop();
            if (!opened || !(*opened)->save(session))
                qFatal("save failed");
            picks = picksFor(session);
            document = std::make_unique<SessionDocument>(config, session.id);
            if (!waitFor([&] { return document->isOpen(); }))
                qFatal("not open");
        },
        5);
    document.reset();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    int counter = 0;
    Bench::Runner runner(QStringLiteral("workshop: the document and its write queue"));

    // What one pick costs the window, on an open session of 30 people.
    const Session base = workshop();
    const QList<Pick> picks = picksFor(base);
    Session value = base;
    const double inMemory =
        runner.measure(QStringLiteral("baseline: Session::addPick, 90 picks"), [&] {
            value = base;
            for (const Pick &pick : picks) {
                if (!value.addPick(pick))
                    qFatal("addPick failed");
            }
            return qint64(value.picks.size());
        });
    {
        const DatabaseConfig config =
            DatabaseConfig::sqlite(dir.filePath(QStringLiteral("calls.sqlite")));
        Session session = base;
        if (!(*SessionStore::open(config))->save(session))
            qFatal("save failed");
        SessionDocument document(config, session.id);
        waitFor([&] { return document.isOpen(); });
        runner.measure(
            QStringLiteral("document.addPick returning, 90 picks"),
            [&] {
                for (const Pick &pick : picks) {
                    if (!document.addPick(pick))
                        qFatal("addPick failed");
                }
                return qint64(document.session().picks.size());
            },
            inMemory,
            [&] {
                // Back to no picks, written, before the next run.
                while (document.undoStack()->canUndo())
                    document.undoStack()->undo();
                document.undoStack()->clear();
                waitFor([&] { return document.saveState() == SessionDocument::SaveState::Saved; });
            },
            5);
    }

    // The saved sessions of a busy organisation: 1,000 sessions of 12 people and 2 rounds.
    {
        const DatabaseConfig config =
            DatabaseConfig::sqlite(dir.filePath(QStringLiteral("library.sqlite")));
        auto store = std::move(SessionStore::open(config)).value();
        for (int i = 0; i < 1000; ++i) {
            Session s = Session::create(QStringLiteral("Workshop %1").arg(i));
            s.team = QStringLiteral("Team %1").arg(i % 40);
            s.tags = {QStringLiteral("tag%1").arg(i % 7)};
            for (int p = 0; p < 12; ++p)
                s.participants.append({QUuid::createUuid(), QStringLiteral("P%1").arg(p), {}});
            for (int r = 0; r < 2; ++r) {
                Round round;
                round.id = QUuid::createUuid();
                round.title = QStringLiteral("Round %1").arg(r + 1);
                for (const Participant &p : std::as_const(s.participants))
                    round.participantIds.append(p.id);
                s.rounds.append(round);
            }
            if (!store->save(s))
                qFatal("save failed");
        }
        const double listing =
            runner.measure(QStringLiteral("baseline: store.list() of 1,000 sessions"),
                           [&] { return qint64(store->list()->size()); });
        SessionLibrary library;
        bool open = false;
        library.open(config, [&](const Status &status) { open = status.ok(); });
        waitFor([&] { return open && library.model()->rowCount() == 1000; });
        runner.measure(
            QStringLiteral("library: refresh 1,000 sessions into the model"),
            [&] {
                bool done = false;
                library.refresh([&](const Status &) { done = true; });
                waitFor([&] { return done; });
                return qint64(library.model()->rowCount());
            },
            listing);
    }

    benchEngine(runner, QStringLiteral("SQLite"), [&] {
        return DatabaseConfig::sqlite(dir.filePath(QStringLiteral("db%1.sqlite").arg(++counter)));
    });

    Testing::PostgresServer server;
    const QString problem = server.start();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "PostgreSQL benchmarks skipped: %s\n", qPrintable(problem));
        return 1;
    }
    benchEngine(runner, QStringLiteral("PostgreSQL"), [&] {
        const QString name = QStringLiteral("bench_%1").arg(++counter);
        server.createDatabase(name);
        return *DatabaseConfig::fromUrl(server.url(name));
    });
    return 0;
}
