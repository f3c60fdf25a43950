#include "workshop/commands/removepickcommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

RemovePickCommand::RemovePickCommand(SessionDocument *document, const Pick &pick, int index,
                                     const QString &who)
    : DocumentCommand(document, Change::RemovePick{PickKey::of(pick)}, Change::AddPick{pick, index},
                      tr("Take back %1 for %2")
                          .arg(document->session().cardName(pick.roundId, pick.driveId), who))
{}

} // namespace DriveDeck
