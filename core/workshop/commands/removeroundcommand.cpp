#include "workshop/commands/removeroundcommand.h"

namespace DriveDeck {

RemoveRoundCommand::RemoveRoundCommand(SessionDocument *document, const Round &round, int index,
                                       const QList<IndexedPick> &picks,
                                       const QList<ScanRun> &scanRuns)
    : DocumentCommand(document, Change::RemoveRound{round.id},
                      Change::InsertRound{round, index, picks, scanRuns},
                      tr("Remove the round %1").arg(round.title))
{}

} // namespace DriveDeck
