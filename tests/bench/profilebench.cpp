// Profile maths benchmark: one round of 80,000 participants x 5 picks (400,000 picks), against
// the baseline of merely iterating over the same picks. Run with: cmake --build build -t bench
#include "benchmark.h"

#include "domain/session.h"
#include "profile/profile.h"
#include "profile/profilecomparison.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace DriveDeck;

namespace {

constexpr int Participants = 80000;
constexpr int PicksEach = 5;

Session makeSession(quint32 seed)
{
    QRandomGenerator random(seed);
    Session session = Session::create(QStringLiteral("Benchmark"));
    Round round;
    round.id = QUuid::createUuid();
    round.title = QStringLiteral("Now");
    round.rule = PickingRule::choose(PicksEach, PicksEach);
    session.participants.reserve(Participants);
    session.picks.reserve(qsizetype(Participants) * PicksEach);
    for (int p = 0; p < Participants; ++p) {
        const Participant participant{QUuid::createUuid(), QStringLiteral("P%1").arg(p), {}};
        session.participants.append(participant);
        round.participantIds.append(participant.id);
        DriveSet chosen;
        while (chosen.size() < PicksEach) {
            const int id = int(random.bounded(1, 25));
            if (chosen.contains(id))
                continue;
            chosen.insert(id);
            Pick pick;
            pick.participantId = participant.id;
            pick.roundId = round.id;
            pick.driveId = id;
            session.picks.append(pick);
        }
    }
    session.rounds.append(round);
    return session;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Session a = makeSession(1);
    const Session b = makeSession(2);
    const QUuid roundA = a.rounds.first().id;
    const QUuid roundB = b.rounds.first().id;

    Bench::Runner runner(QStringLiteral("profile maths, %1 participants x %2 picks = %3 picks")
                             .arg(Participants)
                             .arg(PicksEach)
                             .arg(a.picks.size()));

    // Baseline: touch every pick once, as any computation over them must.
    const double baseline = runner.measure(QStringLiteral("baseline: iterate over the picks"), [&] {
        qint64 sum = 0;
        for (const Pick &pick : a.picks) {
            if (pick.roundId == roundA && pick.isPositive())
                sum += pick.driveId;
        }
        return sum;
    });

    runner.measure(
        QStringLiteral("team profile of the round"),
        [&] { return Profile::ofRound(a, roundA).respondents(); }, baseline);

    const Profile profileA = Profile::ofRound(a, roundA);
    const Profile profileB = Profile::ofRound(b, roundB);
    runner.measure(
        QStringLiteral("compare two profiles (already computed)"),
        [&] { return qint64(ProfileComparison::between(profileA, profileB).alignment() * 1e6); },
        baseline);
    runner.measure(
        QStringLiteral("two profiles from picks + comparison"),
        [&] {
            return qint64(
                ProfileComparison::between(Profile::ofRound(a, roundA), Profile::ofRound(b, roundB))
                    .alignment() *
                1e6);
        },
        baseline);
    return 0;
}
