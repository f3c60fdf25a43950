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
};

// The profile over many sessions: each participant's picks in one round are one respondent.
struct OrganisationProfile
{
    Profile profile;
    qint64 sessions = 0;
};

} // namespace DriveDeck
