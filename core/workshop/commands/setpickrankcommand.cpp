#include "workshop/commands/setpickrankcommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

SetPickRankCommand::SetPickRankCommand(SessionDocument *document, const Pick &before,
                                       const Pick &after)
    : DocumentCommand(document, Change::UpdatePick{after}, Change::UpdatePick{before},
                      tr("Rank %1").arg(document->session().cardName(after.roundId, after.driveId)))
{}

} // namespace DriveDeck
