#include "domain/round.h"

#include "domain/catalogue.h"

#include <QCoreApplication>

namespace DriveDeck {

QString PickingRule::problem() const
{
    if (mode == Mode::Scan) {
        if (secondsPerCard < 0)
            return QCoreApplication::translate("DriveDeck::Round",
                                               "The time per card cannot be negative.");
        return {};
    }
    if (minPicks < 1)
        return QCoreApplication::translate("DriveDeck::Round",
                                           "A round must ask for at least one card.");
    if (maxPicks < minPicks)
        return QCoreApplication::translate(
                   "DriveDeck::Round",
                   "The maximum number of cards (%1) is lower than the minimum (%2).")
            .arg(maxPicks)
            .arg(minPicks);
    if (maxPicks > DriveCount)
        return QCoreApplication::translate("DriveDeck::Round",
                                           "A round can ask for at most %1 cards.")
            .arg(DriveCount);
    return {};
}

QString Round::problem() const
{
    const QString ruleProblem = rule.problem();
    if (!ruleProblem.isEmpty())
        return ruleProblem;
    if (timeboxMinutes < 0 || timeboxMinutes > MaxTimeboxMinutes)
        return QCoreApplication::translate("DriveDeck::Round",
                                           "A timebox is between 1 and %1 minutes, or none.")
            .arg(MaxTimeboxMinutes);
    if (target && participantIds.size() != 1)
        return QCoreApplication::translate(
            "DriveDeck::Round",
            "A target round is picked by exactly one participant, such as “Brand”.");
    return {};
}

} // namespace DriveDeck
