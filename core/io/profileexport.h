#pragma once

#include "profile/drivebuddies.h"
#include "profile/profile.h"
#include "profile/profilecomparison.h"
#include "profile/rejections.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace DriveDeck {

// Profiles and comparisons in machine-readable form (JSON, CSV), rounded as profile-maths.md
// prescribes for exports: shares, reach, balance, alignment and affinity to 4 decimals.
class ProfileExport
{
public:
    // What a profile is of, for the header fields.
    struct Subject
    {
        QString sessionId; // empty for an organisation-wide profile
        QString sessionTitle;
        QString round;
        qint64 sessions = -1; // organisation-wide: how many sessions it covers
        QJsonObject filter;   // organisation-wide: the filter used
        // Organisation-wide: the people it covers, each once per session however many rounds
        // they picked in; -1 for one round, where every respondent is a person.
        qint64 people = -1;
    };

    // What one round of one session adds (an organisation-wide profile has none of it): the
    // "not me" side and the drive buddies, by the names the session shows (aliases when
    // anonymous).
    struct RoundDetail
    {
        Rejections rejections;
        QList<QStringList> buddies; // participant, most similar, most complementary

        static RoundDetail of(const Session &session, const QUuid &roundId);
    };

    // With detail, each drive carries its rejections, and "polarising" and "buddies" follow.
    static QJsonObject profileJson(const Profile &profile, const Subject &subject,
                                   const RoundDetail *detail = nullptr);
    static QByteArray profileCsv(const Profile &profile, const Subject &subject);

    static QJsonObject comparisonJson(const ProfileComparison &comparison, const Subject &a,
                                      const Subject &b);
    static QByteArray comparisonCsv(const ProfileComparison &comparison);

    static QByteArray toBytes(const QJsonObject &object);
};

} // namespace DriveDeck
