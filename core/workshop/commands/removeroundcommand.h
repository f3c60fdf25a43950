#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// Removes a round with its picks; undo brings all of it back.
class RemoveRoundCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::RemoveRoundCommand)

public:
    RemoveRoundCommand(SessionDocument *document, const Round &round, int index,
                       const QList<IndexedPick> &picks, const QList<ScanRun> &scanRuns);
};

} // namespace DriveDeck
