#include "workshop/commands/editparticipantcommand.h"

#include "workshop/sessiondocument.h"

namespace DriveDeck {

EditParticipantCommand::EditParticipantCommand(SessionDocument *document, const Participant &before,
                                               const Participant &after)
    : DocumentCommand(document, Change::UpdateParticipant{after}, Change::UpdateParticipant{before},
                      tr("Rename %1").arg(before.shownName(document->session().anonymous)))
{}

} // namespace DriveDeck
