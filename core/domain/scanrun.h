#pragma once

#include <QList>
#include <QUuid>

namespace DriveDeck {

// One person's yes/no scan in a round: the seed that shuffled the cards for them (stored, so the
// order they saw can be shown again and checked), and the cards that timed out with no answer.
// The answers themselves are picks ("yes" positive, "no" negative) with their reaction times.
struct ScanRun
{
    QUuid roundId;
    QUuid participantId;
    quint32 seed = 0;
    QList<int> unanswered; // drive ids, in the order they timed out

    // The 24 drive ids in the order a scan with this seed shows them. The shuffle is our own
    // (not std::shuffle, whose results differ between standard libraries), so a seed gives the
    // same order on every machine and in every later version.
    static QList<int> orderFor(quint32 seed);
    QList<int> order() const { return orderFor(seed); }

    bool matches(const QUuid &round, const QUuid &participant) const
    {
        return roundId == round && participantId == participant;
    }

    friend bool operator==(const ScanRun &, const ScanRun &) = default;
};

} // namespace DriveDeck
