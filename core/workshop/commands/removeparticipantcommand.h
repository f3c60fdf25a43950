#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// Removes a participant with their seats and picks; undo brings all of it back.
class RemoveParticipantCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::RemoveParticipantCommand)

public:
    RemoveParticipantCommand(SessionDocument *document, const Participant &participant, int index,
                             const QList<RoundSeat> &seats, const QList<IndexedPick> &picks,
                             const QList<ScanRun> &scanRuns);
};

} // namespace DriveDeck
