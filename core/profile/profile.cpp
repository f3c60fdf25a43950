#include "profile/profile.h"

#include "domain/session.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace DriveDeck {

Profile Profile::fromSelections(std::span<const DriveSet> selections)
{
    SizeCounts counts{};
    qint64 respondents = 0;
    for (const DriveSet set : selections) {
        const int size = set.size();
        if (size == 0)
            continue;
        ++respondents;
        std::uint32_t mask = set.mask();
        while (mask != 0) {
            const int index = std::countr_zero(mask);
            ++counts[static_cast<std::size_t>(index)][static_cast<std::size_t>(size)];
            mask &= mask - 1;
        }
    }
    return fromCounts(respondents, counts);
}

Profile Profile::fromCounts(qint64 respondents, const SizeCounts &counts)
{
    Profile profile;
    profile.m_respondents = respondents;
    if (respondents <= 0)
        return profile;

    const auto n = static_cast<double>(respondents);
    for (const Drive &drive : Catalogue::drives()) {
        const auto &bySize = counts[idx(drive.id)];
        qint64 picks = 0;
        double weight = 0.0; // sum over respondents of 1/|S_p|
        for (std::size_t size = 1; size <= DriveCount; ++size) {
            picks += bySize[size];
            weight += static_cast<double>(bySize[size]) / static_cast<double>(size);
        }
        profile.m_picks[idx(drive.id)] = picks;
        profile.m_share[idx(drive.id)] = weight / n;
        profile.m_domainPicks[didx(drive.domainId)] += picks;
    }
    // Domain shares are summed over the domain's drives in id order, as the maths defines them.
    for (const Drive &drive : Catalogue::drives())
        profile.m_domainShare[didx(drive.domainId)] += profile.m_share[idx(drive.id)];
    return profile;
}

Profile Profile::ofRound(const Session &session, const QUuid &roundId)
{
    QHash<QUuid, DriveSet> byParticipant;
    byParticipant.reserve(session.participants.size());
    for (const Pick &pick : session.picks) {
        if (pick.roundId == roundId && pick.isPositive() && Catalogue::isValidDriveId(pick.driveId))
            byParticipant[pick.participantId].insert(pick.driveId);
    }
    const QList<DriveSet> selections = byParticipant.values();
    return fromSelections(std::span<const DriveSet>(selections.constData(),
                                                    static_cast<std::size_t>(selections.size())));
}

Profile Profile::ofParticipant(const Session &session, const QUuid &roundId,
                               const QUuid &participantId)
{
    DriveSet set;
    for (const Pick &pick : session.picks) {
        if (pick.roundId == roundId && pick.participantId == participantId && pick.isPositive() &&
            Catalogue::isValidDriveId(pick.driveId))
            set.insert(pick.driveId);
    }
    return fromSelections(std::span<const DriveSet>(&set, 1));
}

double Profile::reach(int driveId) const
{
    if (m_respondents == 0)
        return 0.0;
    return static_cast<double>(picks(driveId)) / static_cast<double>(m_respondents);
}

double Profile::affinity(DomainId domain) const
{
    const double chance = static_cast<double>(Catalogue::domain(domain).driveCount) / DriveCount;
    return domainShare(domain) / chance;
}

int Profile::coverage() const
{
    return static_cast<int>(
        std::count_if(m_picks.cbegin(), m_picks.cend(), [](qint64 p) { return p > 0; }));
}

int Profile::domainsCovered() const
{
    return static_cast<int>(std::count_if(m_domainPicks.cbegin(), m_domainPicks.cend(),
                                          [](qint64 p) { return p > 0; }));
}

double Profile::balance() const
{
    if (isEmpty())
        return 0.0;
    double spread = 0.0;
    for (double share : m_domainShare)
        spread += std::abs(share - 0.2);
    // Rounding noise must not push an exact 0 or 1 out of its range.
    return std::clamp(1.0 - spread / 1.6, 0.0, 1.0);
}

QList<int> Profile::topDrives() const
{
    QList<int> ids;
    for (int id = 1; id <= DriveCount; ++id) {
        if (picks(id) > 0)
            ids.append(id);
    }
    std::stable_sort(ids.begin(), ids.end(), [this](int a, int b) {
        if (picks(a) != picks(b))
            return picks(a) > picks(b);
        if (share(a) != share(b))
            return share(a) > share(b);
        return a < b;
    });
    return ids;
}

std::optional<DomainId> Profile::dominantDomain() const
{
    if (isEmpty())
        return std::nullopt;
    std::size_t best = 0;
    for (std::size_t d = 1; d < m_domainShare.size(); ++d) {
        if (m_domainShare[d] > m_domainShare[best])
            best = d;
    }
    return static_cast<DomainId>(best);
}

QList<int> Profile::blindSpotDrives() const
{
    QList<int> ids;
    for (int id = 1; id <= DriveCount; ++id) {
        if (picks(id) == 0)
            ids.append(id);
    }
    return ids;
}

QList<DomainId> Profile::blindSpotDomains() const
{
    QList<DomainId> domains;
    for (const Domain &domain : Catalogue::domains()) {
        if (domainPicks(domain.id) == 0)
            domains.append(domain.id);
    }
    return domains;
}

QList<int> Profile::sharedDrives() const
{
    QList<int> ids;
    for (int id = 1; id <= DriveCount; ++id) {
        // reach >= 0.5, in integers so no rounding can move a drive across the line.
        if (m_respondents > 0 && 2 * picks(id) >= m_respondents)
            ids.append(id);
    }
    return ids;
}

} // namespace DriveDeck
