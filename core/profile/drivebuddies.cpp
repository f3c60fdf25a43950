#include "profile/drivebuddies.h"

#include "profile/profile.h"
#include "profile/profilecomparison.h"

#include <vector>

namespace DriveDeck {

QList<DriveBuddies::Buddies> DriveBuddies::ofRound(const Session &session, const QUuid &roundId)
{
    const Round *round = session.round(roundId);
    if (!round)
        return {};
    QList<QUuid> people;
    std::vector<Profile> profiles;
    for (const QUuid &id : round->participantIds) {
        Profile own = Profile::ofParticipant(session, roundId, id);
        if (own.respondents() == 0)
            continue;
        people.append(id);
        profiles.push_back(std::move(own));
    }
    const qsizetype n = people.size();
    if (n < 2)
        return {};
    // Every pair once: similarity is symmetric.
    std::vector<double> similarity(std::size_t(n * n), 1.0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const double s =
                ProfileComparison::between(profiles[std::size_t(i)], profiles[std::size_t(j)])
                    .alignment();
            similarity[std::size_t(i * n + j)] = s;
            similarity[std::size_t(j * n + i)] = s;
        }
    }
    QList<Buddies> result;
    result.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        qsizetype best = -1, worst = -1;
        for (qsizetype j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const double s = similarity[std::size_t(i * n + j)];
            // Strictly better only: a tie keeps the one earlier in the round.
            if (best < 0 || s > similarity[std::size_t(i * n + best)])
                best = j;
            if (worst < 0 || s < similarity[std::size_t(i * n + worst)])
                worst = j;
        }
        result.append({people.at(i), people.at(best), people.at(worst),
                       similarity[std::size_t(i * n + best)],
                       similarity[std::size_t(i * n + worst)]});
    }
    return result;
}

} // namespace DriveDeck
