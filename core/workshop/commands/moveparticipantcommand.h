#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// A participant to another place in the list of people; undo puts them back.
class MoveParticipantCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::MoveParticipantCommand)

public:
    MoveParticipantCommand(SessionDocument *document, const Participant &participant, int from,
                           int to);
};

} // namespace DriveDeck
