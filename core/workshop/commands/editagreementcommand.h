#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// An agreement's text, owner or due date.
class EditAgreementCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::EditAgreementCommand)

public:
    EditAgreementCommand(SessionDocument *document, const Agreement &before,
                         const Agreement &after);
};

} // namespace DriveDeck
