#pragma once

#include "domain/catalogue.h"
#include "domain/driveset.h"

#include <QList>
#include <QUuid>

#include <array>
#include <optional>
#include <span>

namespace DriveDeck {

class Session;

// The colour profile of a group in one round, exactly as profile-maths.md defines it. Every
// figure the app shows, exports or prints comes from here.
class Profile
{
public:
    // For each drive and each selection size k (1..24): how many respondents who picked k cards
    // picked that drive. Every figure derives from these counts, in one fixed order of
    // summation, so an aggregate computed by the database gives the same digits as one
    // computed here.
    using SizeCounts = std::array<std::array<qint64, DriveCount + 1>, DriveCount>;

    Profile() = default;

    // One entry per participant; empty sets (participants without a pick) are left out.
    static Profile fromSelections(std::span<const DriveSet> selections);
    // From counts gathered elsewhere (the database): respondents and SizeCounts.
    static Profile fromCounts(qint64 respondents, const SizeCounts &counts);
    // The team profile of a round: every participant's positive picks.
    static Profile ofRound(const Session &session, const QUuid &roundId);
    // One participant's profile in a round (the same maths with P = {p}).
    static Profile ofParticipant(const Session &session, const QUuid &roundId,
                                 const QUuid &participantId);

    qint64 respondents() const { return m_respondents; }
    bool isEmpty() const { return m_respondents == 0; }

    qint64 picks(int driveId) const { return m_picks[idx(driveId)]; }
    double reach(int driveId) const;
    double share(int driveId) const { return m_share[idx(driveId)]; }

    qint64 domainPicks(DomainId domain) const { return m_domainPicks[didx(domain)]; }
    double domainShare(DomainId domain) const { return m_domainShare[didx(domain)]; }
    // domainShare / (|D| / 24): 1.0 is what picking at random gives.
    double affinity(DomainId domain) const;

    int coverage() const;       // distinct drives picked, out of 24
    int domainsCovered() const; // domains with a pick, out of 5
    double balance() const;     // 0 = all in one domain, 1 = even across the five

    // Picked drives by picks desc, share desc, id asc (drives nobody picked are blind spots).
    QList<int> topDrives() const;
    // Highest domain share, ties by domain order; empty for an empty profile.
    std::optional<DomainId> dominantDomain() const;
    QList<int> blindSpotDrives() const;
    QList<DomainId> blindSpotDomains() const;
    // Drives picked by at least half of the respondents.
    QList<int> sharedDrives() const;

private:
    static std::size_t idx(int driveId) { return static_cast<std::size_t>(driveId - 1); }
    static std::size_t didx(DomainId d) { return static_cast<std::size_t>(d); }

    qint64 m_respondents = 0;
    std::array<qint64, DriveCount> m_picks{};
    std::array<double, DriveCount> m_share{};
    std::array<qint64, DomainCount> m_domainPicks{};
    std::array<double, DomainCount> m_domainShare{};
};

} // namespace DriveDeck
