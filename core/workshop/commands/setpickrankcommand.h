#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// Changes the rank of a pick in a ranked round.
class SetPickRankCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SetPickRankCommand)

public:
    SetPickRankCommand(SessionDocument *document, const Pick &before, const Pick &after);
};

} // namespace DriveDeck
