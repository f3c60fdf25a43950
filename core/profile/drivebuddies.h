#pragma once

#include "domain/session.h"

#include <QList>
#include <QUuid>

namespace DriveDeck {

// Pairs for the exercises after the reveal, as profile-maths.md defines them: for each person
// the teammate whose own profile is most alike (the alignment of the two) and the one most
// different. Ties go to whoever comes first in the round's order. Only people with picks take
// part; a round with fewer than two of them has no buddies.
class DriveBuddies
{
public:
    struct Buddies
    {
        QUuid participant;
        QUuid mostSimilar;
        QUuid mostComplementary;
        double similarity = 0;    // alignment with the most similar
        double complementary = 0; // alignment with the most complementary
        friend bool operator==(const Buddies &, const Buddies &) = default;
    };

    // In the round's participant order.
    static QList<Buddies> ofRound(const Session &session, const QUuid &roundId);
};

} // namespace DriveDeck
