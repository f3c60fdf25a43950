#include "workshop/commands/moveparticipantcommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

MoveParticipantCommand::MoveParticipantCommand(SessionDocument *document,
                                               const Participant &participant, int from, int to)
    : DocumentCommand(document, Change::MoveParticipant{participant.id, to},
                      Change::MoveParticipant{participant.id, from},
                      tr("Move %1").arg(participant.shownName(document->session().anonymous)))
{}

} // namespace DriveDeck
