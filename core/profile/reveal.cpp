#include "profile/reveal.h"

#include "profile/rejections.h"

#include <QSet>

namespace DriveDeck {

Reveal Reveal::ofRound(const Session &session, const QUuid &roundId)
{
    Reveal reveal;
    reveal.m_profile = Profile::ofRound(session, roundId);
    const Round *round = session.round(roundId);
    for (int id = 1; id <= DriveCount; ++id) {
        Card &card = reveal.m_cards[std::size_t(id - 1)];
        card.driveId = id;
        card.picks = reveal.m_profile.picks(id);
    }
    if (!round)
        return reveal;
    // "Not me" and polarising as profile-maths.md defines them: one computation everywhere.
    const Rejections rejections = Rejections::ofRound(session, roundId);
    const QList<int> shared = reveal.m_profile.sharedDrives();
    for (Card &card : reveal.m_cards) {
        card.shared = shared.contains(card.driveId);
        card.blindSpot = !reveal.m_profile.isEmpty() && card.picks == 0;
        card.notMe = rejections.rejections(card.driveId);
        card.polarising = rejections.isPolarising(card.driveId);
    }
    reveal.m_members = int(round->participantIds.size());
    for (const QUuid &id : round->participantIds)
        reveal.m_done += session.isDone(roundId, id) ? 1 : 0;
    return reveal;
}

qint64 Reveal::mostPicks() const
{
    qint64 most = 1;
    for (const Card &card : m_cards)
        most = std::max(most, card.picks);
    return most;
}

} // namespace DriveDeck
