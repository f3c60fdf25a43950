#include "workshop/commands/removepickcommand.h"

#include "domain/catalogue.h"

namespace DriveDeck {

RemovePickCommand::RemovePickCommand(SessionDocument *document, const Pick &pick, int index,
                                     const QString &who)
    : DocumentCommand(document, Change::RemovePick{PickKey::of(pick)}, Change::AddPick{pick, index},
                      tr("Take back %1 for %2").arg(Catalogue::drive(pick.driveId).name(), who))
{}

} // namespace DriveDeck
