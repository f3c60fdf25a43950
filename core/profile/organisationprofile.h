#pragma once

#include "profile/profile.h"

#include <QDate>
#include <QString>

namespace DriveDeck {

// Which sessions and rounds an organisation-wide profile covers; empty fields do not filter.
struct ProfileFilter
{
    QString team;
    QString tag;
    QDate from; // inclusive
    QDate to;   // inclusive
    QString roundTitle;
    // Target rounds hold the profile someone intends (the brand's), not what people picked for
    // themselves: left out unless asked for.
    bool includeTargets = false;
};

// The profile over many sessions: each participant's picks in one round are one respondent
// (profile.respondents()); a participant of a session who picked in any of its rounds is one
// person, however many rounds they picked in.
struct OrganisationProfile
{
    Profile profile;
    qint64 sessions = 0;
    qint64 people = 0;
};

} // namespace DriveDeck
