// Test helper for tst_sessionstore: stores picks one by one and says "ack" after each, until it
// is killed. Usage: pickwriter DATABASE-URL
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace DriveDeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: pickwriter DATABASE-URL\n");
        return 2;
    }
    auto store = SessionStore::open(*DatabaseConfig::fromUrl(QString::fromLocal8Bit(argv[1])));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    Session session = Session::create(QStringLiteral("Crash test"));
    Round scan;
    scan.id = QUuid::createUuid();
    scan.title = QStringLiteral("Scan");
    scan.rule = PickingRule::scan();
    for (int p = 0; p < 20; ++p) {
        session.participants.append({QUuid::createUuid(), QStringLiteral("P%1").arg(p), {}});
        scan.participantIds.append(session.participants.last().id);
    }
    session.rounds.append(scan);
    if (const Status saved = (*store)->save(session); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.errorMessage()));
        return 1;
    }
    std::printf("session %s\n", qPrintable(session.id.toString(QUuid::WithoutBraces)));
    std::fflush(stdout);
    for (int p = 0; p < 20; ++p) {
        for (int drive = 1; drive <= 24; ++drive) {
            Pick pick;
            pick.roundId = scan.id;
            pick.participantId = session.participants.at(p).id;
            pick.driveId = drive;
            pick.polarity = drive % 3 ? Polarity::Positive : Polarity::Negative;
            pick.madeAt = QDateTime::currentDateTimeUtc();
            if (const Status stored = (*store)->addPick(session, pick); !stored) {
                std::fprintf(stderr, "%s\n", qPrintable(stored.errorMessage()));
                return 1;
            }
            // Acknowledged only once the pick is committed.
            std::printf("ack %d %d\n", p, drive);
            std::fflush(stdout);
        }
    }
    // Wait to be killed.
    for (;;)
        QThread::sleep(1);
}
