#include "workshop/commands/addroundcommand.h"

namespace DriveDeck {

AddRoundCommand::AddRoundCommand(SessionDocument *document, const Round &round, int index)
    : DocumentCommand(document, Change::InsertRound{round, index, {}, {}},
                      Change::RemoveRound{round.id}, tr("Add the round %1").arg(round.title))
{}

} // namespace DriveDeck
