#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// A participant's name or alias.
class EditParticipantCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::EditParticipantCommand)

public:
    EditParticipantCommand(SessionDocument *document, const Participant &before,
                           const Participant &after);
};

} // namespace DriveDeck
