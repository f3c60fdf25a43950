#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// A new agreement of the team.
class AddAgreementCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::AddAgreementCommand)

public:
    AddAgreementCommand(SessionDocument *document, const Agreement &agreement, int index);
};

} // namespace DriveDeck
