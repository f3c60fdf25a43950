// Memory and time of big sessions, for issue 12's targets:
//   - a CSV of about 200 MB (4.8 million picks) imported into SQLite: peak memory under 5x the
//     file's size, measured in this process phase by phase and for the real `drivedeck import`;
//   - the session exported to a .drivedeck file: peak memory above the loaded session under 2x
//     the session's own size in memory; then read back.
// Memory is the resident high-water mark (VmHWM), reset before each phase. Baselines measured
// in the same run: the process before the phase (in-process), `drivedeck import` of a 1-pick
// CSV (child). Run with: cmake --build build -t bench, or bigsessionbench [megabytes].
#include "io/pickscsv.h"
#include "io/sessionfile.h"
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>
#include <sys/resource.h>

#include <cstdio>

using namespace DriveDeck;

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Memory handed back to the system first, so that the resident size is what is in use.
qint64 residentMb()
{
    malloc_trim(0);
    return statusKb("VmRSS:") / 1024;
}

void resetPeak()
{
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        std::fprintf(stderr, "cannot reset the peak (/proc/self/clear_refs)\n");
}

qint64 peakMb()
{
    return statusKb("VmHWM:") / 1024;
}

// Picks as a big organisation's survey would give them: people in two rounds, three ranked
// cards each, a story with a third of the picks.
qint64 writeCsv(const QString &path, qint64 bytes)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QRandomGenerator random(12);
    file.write("round,participant,drive,rank,polarity,note\n");
    qint64 written = 0;
    qint64 picks = 0;
    QByteArray chunk;
    for (int person = 1; written < bytes; ++person) {
        for (const char *round : {"What drives you now?", "What should drive us in a year?"}) {
            DriveSet chosen;
            for (int rank = 1; rank <= 3;) {
                const int id = int(random.bounded(1, 25));
                if (chosen.contains(id))
                    continue;
                chosen.insert(id);
                chunk += QByteArray(round) + ",Person " + QByteArray::number(person) + ',' +
                         Catalogue::drive(id).key.toLatin1() + ',' + QByteArray::number(rank++) +
                         ",+," + (random.bounded(3) == 0 ? "A story about it" : "") + '\n';
                ++picks;
            }
        }
        if (chunk.size() > (1 << 20)) {
            written += file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return picks;
}

struct ChildRun
{
    int exitCode = -1;
    double seconds = 0;
};

ChildRun runDriveDeck(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(DRIVEDECK_BINARY), arguments);
    process.waitForFinished(-1);
    return {process.exitCode(), double(timer.elapsed()) / 1000.0};
}

qint64 childrenPeakMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("big.csv"));
    const qint64 picks = writeCsv(csvPath, megabytes * 1'000'000);
    const double fileMb = double(QFile(csvPath).size()) / (1024 * 1024);
    out << QStringLiteral("# big sessions: a CSV of %1 MiB, %2 picks\n")
               .arg(fileMb, 0, 'f', 1)
               .arg(picks);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("phase"), -52)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("peak MiB"), 9)
               .arg(QStringLiteral("ratio"), 24);
    out.flush();
    auto row = [&](const QString &phase, double seconds, qint64 peak, const QString &ratio) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(phase, -52)
                   .arg(seconds, 8, 'f', 1)
                   .arg(peak, 9)
                   .arg(ratio, 24);
        out.flush();
    };

    // The real command first, in a process of its own: its peak against a 1-pick import's.
    const QString tiny = dir.filePath(QStringLiteral("tiny.csv"));
    {
        QFile file(tiny);
        file.open(QIODevice::WriteOnly);
        file.write("round,participant,drive\nNow,Anna,loyalty\n");
    }
    const ChildRun baseline =
        runDriveDeck({QStringLiteral("import"), tiny, QStringLiteral("--database"),
                      dir.filePath(QStringLiteral("tiny.sqlite"))});
    const qint64 baselinePeak = childrenPeakMb();
    row(QStringLiteral("baseline: drivedeck import of 1 pick"), baseline.seconds, baselinePeak,
        QString());
    const ChildRun imported =
        runDriveDeck({QStringLiteral("import"), csvPath, QStringLiteral("--database"),
                      dir.filePath(QStringLiteral("child.sqlite"))});
    if (imported.exitCode != 0) {
        std::fprintf(stderr, "drivedeck import failed\n");
        return 1;
    }
    const qint64 childPeak = childrenPeakMb();
    row(QStringLiteral("drivedeck import (the command)"), imported.seconds, childPeak,
        QStringLiteral("%1x file, %2x above base")
            .arg(double(childPeak) / fileMb, 0, 'f', 2)
            .arg(double(childPeak - baselinePeak) / fileMb, 0, 'f', 2));
    QFile::remove(dir.filePath(QStringLiteral("child.sqlite")));

    // The same, phase by phase, in this process.
    const qint64 base = residentMb();
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    Result<Session> session = [&] {
        QFile file(csvPath);
        file.open(QIODevice::ReadOnly);
        return PicksCsv::import(file, {QStringLiteral("Big"), QString()});
    }();
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.errorMessage()));
        return 1;
    }
    const qint64 sessionMb = residentMb() - base;
    row(QStringLiteral("read the CSV into a session"), double(timer.elapsed()) / 1000,
        peakMb() - base,
        QStringLiteral("%1x file; session %2 MiB")
            .arg(double(peakMb() - base) / fileMb, 0, 'f', 2)
            .arg(sessionMb));

    {
        resetPeak();
        timer.restart();
        auto store =
            SessionStore::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("big.sqlite"))));
        if (!store || !(*store)->save(session.value())) {
            std::fprintf(stderr, "cannot save\n");
            return 1;
        }
        row(QStringLiteral("save it to SQLite"), double(timer.elapsed()) / 1000, peakMb() - base,
            QStringLiteral("%1x file").arg(double(peakMb() - base) / fileMb, 0, 'f', 2));
    }

    const QString filePath = dir.filePath(QStringLiteral("big.drivedeck"));
    resetPeak();
    const qint64 before = residentMb();
    timer.restart();
    if (const Status written = SessionFile::write(*session, filePath); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.errorMessage()));
        return 1;
    }
    row(QStringLiteral("export it as .drivedeck (%1 MiB)")
            .arg(QFile(filePath).size() / (1024 * 1024)),
        double(timer.elapsed()) / 1000, peakMb() - base,
        QStringLiteral("+%1 MiB = %2x session")
            .arg(peakMb() - before)
            .arg(double(peakMb() - before) / double(sessionMb), 0, 'f', 2));

    session = Error(QString());
    resetPeak();
    timer.restart();
    const Result<Session> readBack = SessionFile::read(filePath);
    if (!readBack) {
        std::fprintf(stderr, "%s\n", qPrintable(readBack.errorMessage()));
        return 1;
    }
    row(QStringLiteral("read the .drivedeck back"), double(timer.elapsed()) / 1000, peakMb() - base,
        QStringLiteral("%1x session").arg(double(peakMb() - base) / double(sessionMb), 0, 'f', 2));
    return 0;
}
