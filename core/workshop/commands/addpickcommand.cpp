#include "workshop/commands/addpickcommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

AddPickCommand::AddPickCommand(SessionDocument *document, const Pick &pick, const QString &who)
    : DocumentCommand(
          document, Change::AddPick{pick, -1}, Change::RemovePick{PickKey::of(pick)},
          tr("Pick %1 for %2").arg(document->session().cardName(pick.roundId, pick.driveId), who))
{}

} // namespace DriveDeck
