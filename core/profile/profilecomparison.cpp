#include "profile/profilecomparison.h"

#include <algorithm>
#include <cmath>

namespace DriveDeck {

namespace {

// Shares are sums of fractions; differences below this are rounding noise, not a gap.
constexpr double NoGap = 1e-12;

} // namespace

ProfileComparison ProfileComparison::between(const Profile &a, const Profile &b)
{
    ProfileComparison result;
    double difference = 0.0;
    for (const Drive &drive : Catalogue::drives()) {
        const double delta = b.share(drive.id) - a.share(drive.id);
        result.m_driveDelta[static_cast<std::size_t>(drive.index())] = delta;
        difference += std::abs(delta);
    }
    for (const Domain &domain : Catalogue::domains()) {
        result.m_domainDelta[static_cast<std::size_t>(domain.index())] =
            b.domainShare(domain.id) - a.domainShare(domain.id);
    }
    result.m_alignment = std::clamp(1.0 - difference / 2.0, 0.0, 1.0);
    return result;
}

QList<int> ProfileComparison::biggestGaps() const
{
    QList<int> ids;
    for (int id = 1; id <= DriveCount; ++id) {
        if (std::abs(driveDelta(id)) > NoGap)
            ids.append(id);
    }
    std::stable_sort(ids.begin(), ids.end(), [this](int x, int y) {
        const double dx = std::abs(driveDelta(x));
        const double dy = std::abs(driveDelta(y));
        if (std::abs(dx - dy) > NoGap)
            return dx > dy;
        return x < y;
    });
    return ids;
}

} // namespace DriveDeck
