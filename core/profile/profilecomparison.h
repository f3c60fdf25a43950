#pragma once

#include "profile/profile.h"

#include <QList>

#include <array>

namespace DriveDeck {

// Profile B measured against profile A (now vs desired, team vs team, team vs brand target).
class ProfileComparison
{
public:
    static ProfileComparison between(const Profile &a, const Profile &b);

    // share_B - share_A; multiply by 100 for percentage points.
    double domainDelta(DomainId domain) const
    {
        return m_domainDelta[static_cast<std::size_t>(domain)];
    }
    double driveDelta(int driveId) const
    {
        return m_driveDelta[static_cast<std::size_t>(driveId - 1)];
    }
    // 1 - half the summed absolute share differences: 1 = identical, 0 = nothing in common.
    double alignment() const { return m_alignment; }
    // Drives whose share differs, by |delta| desc, then id asc.
    QList<int> biggestGaps() const;

private:
    std::array<double, DomainCount> m_domainDelta{};
    std::array<double, DriveCount> m_driveDelta{};
    double m_alignment = 1.0;
};

} // namespace DriveDeck
