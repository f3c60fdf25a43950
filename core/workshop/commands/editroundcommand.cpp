#include "workshop/commands/editroundcommand.h"

namespace DriveDeck {

EditRoundCommand::EditRoundCommand(SessionDocument *document, const Round &before,
                                   const Round &after)
    : DocumentCommand(document, Change::UpdateRound{after}, Change::UpdateRound{before},
                      tr("Edit the round %1").arg(after.title))
{}

} // namespace DriveDeck
