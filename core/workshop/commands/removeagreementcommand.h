#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// Removes an agreement; undo puts it back in its place.
class RemoveAgreementCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::RemoveAgreementCommand)

public:
    RemoveAgreementCommand(SessionDocument *document, const Agreement &agreement, int index);
};

} // namespace DriveDeck
