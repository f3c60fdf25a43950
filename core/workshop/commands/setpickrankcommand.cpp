#include "workshop/commands/setpickrankcommand.h"

#include "domain/catalogue.h"

namespace DriveDeck {

SetPickRankCommand::SetPickRankCommand(SessionDocument *document, const Pick &before,
                                       const Pick &after)
    : DocumentCommand(document, Change::UpdatePick{after}, Change::UpdatePick{before},
                      tr("Rank %1").arg(Catalogue::drive(after.driveId).name()))
{}

} // namespace DriveDeck
