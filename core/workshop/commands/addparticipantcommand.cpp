#include "workshop/commands/addparticipantcommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

AddParticipantCommand::AddParticipantCommand(SessionDocument *document,
                                             const Participant &participant, int index,
                                             const QList<RoundSeat> &seats)
    : DocumentCommand(document, Change::InsertParticipant{participant, index, seats, {}, {}},
                      Change::RemoveParticipant{participant.id},
                      tr("Add %1").arg(participant.shownName(document->session().anonymous)))
{}

} // namespace DriveDeck
