#pragma once

#include "profile/profile.h"
#include "profile/profilecomparison.h"

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
    };

    static QJsonObject profileJson(const Profile &profile, const Subject &subject);
    static QByteArray profileCsv(const Profile &profile, const Subject &subject);

    static QJsonObject comparisonJson(const ProfileComparison &comparison, const Subject &a,
                                      const Subject &b);
    static QByteArray comparisonCsv(const ProfileComparison &comparison);

    static QByteArray toBytes(const QJsonObject &object);
};

} // namespace DriveDeck
