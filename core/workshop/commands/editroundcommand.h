#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// A round's title, question, rule or members.
class EditRoundCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::EditRoundCommand)

public:
    EditRoundCommand(SessionDocument *document, const Round &before, const Round &after);
};

} // namespace DriveDeck
