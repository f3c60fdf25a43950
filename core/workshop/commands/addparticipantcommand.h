#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// A new participant, seated in the rounds they take part in.
class AddParticipantCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::AddParticipantCommand)

public:
    AddParticipantCommand(SessionDocument *document, const Participant &participant, int index,
                          const QList<RoundSeat> &seats);
};

} // namespace DriveDeck
