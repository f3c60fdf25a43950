#include "workshop/commands/removeagreementcommand.h"

namespace DriveDeck {

RemoveAgreementCommand::RemoveAgreementCommand(SessionDocument *document,
                                               const Agreement &agreement, int index)
    : DocumentCommand(document, Change::RemoveAgreement{agreement.id},
                      Change::InsertAgreement{agreement, index},
                      tr("Remove the agreement “%1”").arg(agreement.text))
{}

} // namespace DriveDeck
