#include "workshop/commands/editagreementcommand.h"

namespace DriveDeck {

EditAgreementCommand::EditAgreementCommand(SessionDocument *document, const Agreement &before,
                                           const Agreement &after)
    : DocumentCommand(document, Change::UpdateAgreement{after}, Change::UpdateAgreement{before},
                      tr("Edit the agreement “%1”").arg(after.text))
{}

} // namespace DriveDeck
