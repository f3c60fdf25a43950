#include "workshop/commands/removeparticipantcommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

RemoveParticipantCommand::RemoveParticipantCommand(SessionDocument *document,
                                                   const Participant &participant, int index,
                                                   const QList<RoundSeat> &seats,
                                                   const QList<IndexedPick> &picks,
                                                   const QList<ScanRun> &scanRuns)
    : DocumentCommand(document, Change::RemoveParticipant{participant.id},
                      Change::InsertParticipant{participant, index, seats, picks, scanRuns},
                      tr("Remove %1").arg(participant.shownName(document->session().anonymous)))
{}

} // namespace DriveDeck
