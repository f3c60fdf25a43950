#pragma once

#include "domain/catalogue.h"
#include "domain/session.h"

#include <QList>

#include <array>

namespace DriveDeck {

// The "not me" side of a round, as profile-maths.md defines it: counted apart from the profile
// and never changing it. Who answered at all (m), how many rejected each drive, and the
// polarising drives, where some people say "this is me" and others "this is not me".
class Rejections
{
public:
    static Rejections ofRound(const Session &session, const QUuid &roundId);

    // m: participants with at least one pick of either kind in the round.
    qint64 participants() const { return m_participants; }
    qint64 picks(int driveId) const { return m_picks[idx(driveId)]; }
    qint64 rejections(int driveId) const { return m_rejections[idx(driveId)]; }
    // rejections(d) / m; 0 when nobody answered.
    double rejection(int driveId) const;
    // picks(d) / m; 0 when nobody answered.
    double pickRate(int driveId) const;
    // Picked and rejected each by at least a quarter of m, by min(picks, rejections) desc, then
    // id asc.
    QList<int> polarising() const;
    bool isPolarising(int driveId) const;

private:
    static std::size_t idx(int driveId) { return static_cast<std::size_t>(driveId - 1); }

    qint64 m_participants = 0;
    std::array<qint64, DriveCount> m_picks{};
    std::array<qint64, DriveCount> m_rejections{};
};

} // namespace DriveDeck
