#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// Title, team, facilitator, date, language, notes, tags, anonymity.
class EditDetailsCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::EditDetailsCommand)

public:
    EditDetailsCommand(SessionDocument *document, const SessionDetails &before,
                       const SessionDetails &after);
};

} // namespace DriveDeck
