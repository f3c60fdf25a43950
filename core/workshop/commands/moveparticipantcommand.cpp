#include "workshop/commands/moveparticipantcommand.h"

namespace DriveDeck {

MoveParticipantCommand::MoveParticipantCommand(SessionDocument *document,
                                               const Participant &participant, int from, int to)
    : DocumentCommand(document, Change::MoveParticipant{participant.id, to},
                      Change::MoveParticipant{participant.id, from},
                      tr("Move %1").arg(participant.displayName))
{}

} // namespace DriveDeck
