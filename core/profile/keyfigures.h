#pragma once

#include "profile/profile.h"
#include "profile/profilecomparison.h"
#include "profile/rejections.h"

#include <QCoreApplication>
#include <QStringList>

namespace DriveDeck {

// A round's profile said in sentences, for the Profile page now and the report's summary
// later: who answered, the dominant domain with its affinity, the top and shared drives, the
// blind spots, coverage and balance. Every number comes from Profile through Figures, so the
// words and the charts never disagree. Below the minimum group size nothing is characterised:
// a profile of two people says more about them than about a team.
class KeyFigures
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::KeyFigures)

public:
    static constexpr int DefaultMinimumGroup = 5;

    static QStringList sentences(const Profile &profile, int minimumGroup = DefaultMinimumGroup);
    // The polarising drives in a sentence, with how many people picked and how many said "not
    // me" to each (the three most polarising): empty when none, or below the minimum group.
    static QStringList polarising(const Rejections &rejections,
                                  int minimumGroup = DefaultMinimumGroup);
    // A comparison in sentences: how well the two align and the biggest shifts (the three
    // largest by drive, in percentage points of share), from A to B as the names say.
    static QStringList comparison(const ProfileComparison &comparison, const QString &nameOfB);
};

} // namespace DriveDeck
