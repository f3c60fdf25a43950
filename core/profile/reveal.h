#pragma once

#include "domain/catalogue.h"
#include "domain/session.h"
#include "profile/profile.h"

#include <array>

namespace DriveDeck {

// What the room sees of a round on the projector: how far the group is while picking (counts
// only, no content), and at the reveal each card's number of people, with the drives the group
// shares (picked by at least half), its blind spots (picked by nobody) and the polarising ones
// (picked as "me" and as "not me"). The numbers are Profile's: one computation everywhere.
class Reveal
{
public:
    struct Card
    {
        int driveId = 0;
        qint64 picks = 0; // people who picked it as "me"
        qint64 notMe = 0; // people who picked it as "not me"
        bool shared = false;
        bool blindSpot = false;
        bool polarising = false;
    };

    static Reveal ofRound(const Session &session, const QUuid &roundId);

    const Profile &profile() const { return m_profile; }
    const Card &card(int driveId) const { return m_cards[std::size_t(driveId - 1)]; }
    // The most people on one card (the heat's top), at least 1.
    qint64 mostPicks() const;
    // Who takes part in the round, and how many of them have done what its rule asks.
    int members() const { return m_members; }
    int done() const { return m_done; }

private:
    Profile m_profile;
    std::array<Card, DriveCount> m_cards{};
    int m_members = 0;
    int m_done = 0;
};

} // namespace DriveDeck
