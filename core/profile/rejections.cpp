#include "profile/rejections.h"

#include <QSet>

#include <algorithm>

namespace DriveDeck {

namespace {

constexpr double PolarisingThreshold = 0.25;

} // namespace

Rejections Rejections::ofRound(const Session &session, const QUuid &roundId)
{
    Rejections result;
    QSet<QUuid> answered;
    // A person counts once per drive, whatever the data holds.
    QSet<QPair<QUuid, int>> seen;
    for (const Pick &pick : session.picks) {
        if (pick.roundId != roundId || !Catalogue::isValidDriveId(pick.driveId))
            continue;
        answered.insert(pick.participantId);
        if (seen.contains(qMakePair(pick.participantId, pick.driveId)))
            continue;
        seen.insert(qMakePair(pick.participantId, pick.driveId));
        if (pick.isPositive())
            ++result.m_picks[idx(pick.driveId)];
        else
            ++result.m_rejections[idx(pick.driveId)];
    }
    result.m_participants = answered.size();
    return result;
}

double Rejections::rejection(int driveId) const
{
    return m_participants == 0 ? 0.0 : double(rejections(driveId)) / double(m_participants);
}

double Rejections::pickRate(int driveId) const
{
    return m_participants == 0 ? 0.0 : double(picks(driveId)) / double(m_participants);
}

bool Rejections::isPolarising(int driveId) const
{
    return m_participants > 0 && pickRate(driveId) >= PolarisingThreshold &&
           rejection(driveId) >= PolarisingThreshold;
}

QList<int> Rejections::polarising() const
{
    QList<int> drives;
    for (int id = 1; id <= DriveCount; ++id) {
        if (isPolarising(id))
            drives.append(id);
    }
    std::stable_sort(drives.begin(), drives.end(), [this](int a, int b) {
        return std::min(picks(a), rejections(a)) > std::min(picks(b), rejections(b));
    });
    return drives;
}

} // namespace DriveDeck
