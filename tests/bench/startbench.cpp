// From process start to the first screen a person sees, painted: the session library with
// 1,000 saved sessions, and a session's card wall (drivedeck --open). Baseline in the same run:
// a bare Qt Widgets window (a QMainWindow with a label) started and shown the same way.
// Target: within 1.5x the bare window. Each case starts a fresh process and waits for it to
// print "painted" (DRIVEDECK_START_PROBE); the median of several starts is reported.
// Run with: cmake --build build -t bench
#include "benchmark.h"

#include "store/sessionstore.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <cstdio>

using namespace DriveDeck;

namespace {

// Starts the program and waits for its "painted"; milliseconds from start, or -1.
qint64 startUntilPainted(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(20);
        if (process.readAllStandardOutput().contains("painted")) {
            const qint64 elapsed = timer.nsecsElapsed();
            process.waitForFinished(5000);
            return elapsed;
        }
        if (timer.elapsed() > 30000)
            break;
    }
    process.kill();
    process.waitForFinished();
    qFatal("%s did not paint: %s", qPrintable(program), process.readAllStandardError().constData());
    return -1;
}

void fillLibrary(const DatabaseConfig &config)
{
    auto store = std::move(SessionStore::open(config)).value();
    for (int i = 0; i < 1000; ++i) {
        Session s = Session::create(QStringLiteral("Workshop %1").arg(i, 4, 10, QLatin1Char('0')));
        s.team = QStringLiteral("Team %1").arg(i % 40);
        s.tags = {QStringLiteral("tag%1").arg(i % 7)};
        for (int p = 0; p < 12; ++p)
            s.participants.append({QUuid::createUuid(), QStringLiteral("P%1").arg(p), {}});
        Round round;
        round.id = QUuid::createUuid();
        round.title = QStringLiteral("What drives you now?");
        round.rule = PickingRule::choose(1, 3);
        for (const Participant &p : std::as_const(s.participants))
            round.participantIds.append(p.id);
        s.rounds.append(round);
        for (int p = 0; p < 12; ++p) {
            Pick pick;
            pick.roundId = round.id;
            pick.participantId = s.participants.at(p).id;
            pick.driveId = 1 + (p * 5 + i) % 24;
            s.picks.append(pick);
        }
        if (!store->save(s))
            qFatal("save failed");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // startbench --make-library FILE: only the database, to profile a start by hand.
    if (argc > 2 && qstrcmp(argv[1], "--make-library") == 0) {
        fillLibrary(DatabaseConfig::sqlite(QString::fromLocal8Bit(argv[2])));
        return 0;
    }
    QTemporaryDir dir;
    const DatabaseConfig config =
        DatabaseConfig::sqlite(dir.filePath(QStringLiteral("lib.sqlite")));
    fillLibrary(config);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
        // Offscreen, on a screen of a laptop's size: the offscreen platform's own screen is
        // 800 x 600, on which DriveDeck's window (sized to fit its screen) would be 760 x 570
        // beside a bare window of 1280 x 800. Both are 1280 x 800, as on a desktop.
        QFile screen(dir.filePath(QStringLiteral("screen.json")));
        if (!screen.open(QIODevice::WriteOnly) ||
            screen.write(R"({"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920,
                "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0)
            qFatal("cannot write %s", qPrintable(screen.fileName()));
        screen.close();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                           QStringLiteral("offscreen:configfile=") + screen.fileName());
    }
    // Settings and data of this run only.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    // The library's list kept from the start before (a first start lists the database only).
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    QProcessEnvironment library = environment;
    library.insert(QStringLiteral("DRIVEDECK_START_PROBE"), QStringLiteral("library"));
    QProcessEnvironment wall = environment;
    wall.insert(QStringLiteral("DRIVEDECK_START_PROBE"), QStringLiteral("wall"));
    // Another build's program may be measured against the same baseline (before and after a
    // change): DRIVEDECK_START_BINARY=/path/to/drivedeck.
    const QString drivedeck = qEnvironmentVariableIsSet("DRIVEDECK_START_BINARY")
                                  ? qEnvironmentVariable("DRIVEDECK_START_BINARY")
                                  : QStringLiteral(DRIVEDECK_BINARY);
    const QStringList database{QStringLiteral("--database"), config.path,
                               QStringLiteral("--language"), QStringLiteral("en")};

    // The three cases take turns, so that a busy moment of the machine falls on all of them.
    const QString platform =
        environment.value(QStringLiteral("QT_QPA_PLATFORM")).section(u':', 0, 0);
    struct Case
    {
        QString name;
        QString program;
        QStringList arguments;
        QProcessEnvironment environment;
        std::vector<double> samples;
    };
    std::vector<Case> cases{
        {QStringLiteral("baseline: bare QMainWindow painted"),
         QStringLiteral(BAREWINDOW_BINARY),
         {},
         environment,
         {}},
        {QStringLiteral("library of 1,000 sessions painted"), drivedeck, database, library, {}},
        {QStringLiteral("--open: a session's card wall painted"),
         drivedeck,
         database + QStringList{QStringLiteral("--open"), QStringLiteral("Workshop 0500")},
         wall,
         {}},
    };
    constexpr int Rounds = 21;
    for (int round = 0; round < Rounds; ++round)
        for (Case &c : cases)
            c.samples.push_back(double(startUntilPainted(c.program, c.arguments, c.environment)) /
                                1e6);
    QTextStream out(stdout);
    out << "# Start: process start to first paint (" << platform << ", " << Rounds
        << " starts each, taking turns)\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("case"), -48)
               .arg(QStringLiteral("median ms"), 12)
               .arg(QStringLiteral("runs"), 6)
               .arg(QStringLiteral("x baseline"), 11);
    double baseline = 0;
    for (Case &c : cases) {
        std::sort(c.samples.begin(), c.samples.end());
        const double median = c.samples[c.samples.size() / 2];
        if (baseline == 0)
            baseline = median;
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(c.name, -48)
                   .arg(median, 12, 'f', 4)
                   .arg(c.samples.size(), 6)
                   .arg(median / baseline, 11, 'f', 2);
    }
    return 0;
}
