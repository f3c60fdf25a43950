#pragma once

#include "profile/profile.h"
#include "profile/profilecomparison.h"
#include "profile/rejections.h"

#include <QCoreApplication>

class QChart;
class QPalette;

namespace DriveDeck {

// Charts of a round's profile, made from the core figures and nothing else, so that the page,
// a picture and the report show the same numbers. The caller owns the chart (a QChartView
// takes it over).
class ProfileCharts
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::ProfileCharts)

public:
    enum class DriveOrder
    {
        Catalogue, // 1 to 24, domain by domain
        ByPicks,   // most people first (Profile::topDrives, then the rest in catalogue order)
    };

    // The five domains' shares, one bar each in its colour, labelled with the share and the
    // affinity index (100 = chance), so a 2-card domain is not judged against an 8-card one.
    static QChart *domainShares(const Profile &profile);
    // The five domains as a radar, by affinity (100 = chance, the dashed ring): the shape of a
    // group's colours at a glance. With other, its outline too.
    static QChart *radar(const Profile &profile, const QString &name,
                         const Profile *other = nullptr, const QString &otherName = {});
    // Two profiles' domain shares side by side (now and desired, team and target), each domain
    // labelled with the shift from A to B in percentage points.
    static QChart *domainComparison(const Profile &a, const Profile &b, const QString &nameOfA,
                                    const QString &nameOfB);
    // From A to B, each domain's change in share as a bar left (less) or right (more) of the line
    // in percentage points, labelled with the signed figure; alignment in the title.
    static QChart *domainDeltas(const Profile &a, const Profile &b, const QString &nameOfA,
                                const QString &nameOfB);
    // The cards that moved from A to B: each drive whose share changed, biggest change on top,
    // as a bar left or right of the line in percentage points in its domain's colour.
    static QChart *driveDeltas(const Profile &a, const Profile &b, const QString &nameOfA,
                               const QString &nameOfB);
    // The drives driveDeltas() shows, top to bottom: changed ones by size of change, then id;
    // at most limit of them (the rest moved less and would crowd out the labels).
    static constexpr int MovedDrivesShown = 12;
    static QList<int> movedDrives(const ProfileComparison &comparison,
                                  int limit = MovedDrivesShown);
    // People per drive, a row each with its name, as bars in the domain colour; "not me" left
    // of the line, apart.
    static QChart *drives(const Profile &profile, const Rejections &rejections, DriveOrder order);

    // Gives a chart shown in a window the window's colours for its text, axes and grid, so it
    // reads on a dark palette as on a light one; the bars keep their domain colours. Pictures
    // and the report keep the light defaults (a white page).
    static void useColours(QChart *chart, const QPalette &palette);

    // What domainShares() and drives() show, in words for a screen reader: "Basics 62.5 % ·
    // 250; …" and "Idealism: 7; Loyal: 5; …" (drives with picks, most picked first).
    static QString domainSharesInWords(const Profile &profile);
    static QString drivesInWords(const Profile &profile);

    // The drive order a chart of drives uses.
    static QList<int> driveOrder(const Profile &profile, DriveOrder order);
    // A domain's axis label: "Basics 62.5 % · 250".
    static QString domainLabel(const Profile &profile, DomainId domain);
};

} // namespace DriveDeck
