#pragma once

#include "domain/catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace DriveDeck {

// A facilitator's own deck of photos, as DriveDeck keeps it in its data folder: who made it,
// under what licence, and one or more pictures per drive (file names inside the deck's folder).
struct PhotoDeck
{
    QString name;        // as shown and as the command line names it
    QString folder;      // where DriveDeck keeps its copy
    QString author;      // may be empty
    QString licence;     // may be empty
    QString attribution; // printed in the About box and the report; may be empty
    std::array<QStringList, DriveCount> images; // per drive, in catalogue order

    const QStringList &imagesOf(int driveId) const { return images[std::size_t(driveId - 1)]; }
    // The file of a drive's n-th picture, counting round ("shown in turn").
    QString imagePath(int driveId, int turn) const;
    // "Photos by Ann Smith, CC BY 4.0": what the About box and the report print.
    QString credit() const;
};

} // namespace DriveDeck
