#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// A new round.
class AddRoundCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::AddRoundCommand)

public:
    AddRoundCommand(SessionDocument *document, const Round &round, int index);
};

} // namespace DriveDeck
