#include "workshop/commands/addagreementcommand.h"

namespace DriveDeck {

AddAgreementCommand::AddAgreementCommand(SessionDocument *document, const Agreement &agreement,
                                         int index)
    : DocumentCommand(document, Change::InsertAgreement{agreement, index},
                      Change::RemoveAgreement{agreement.id},
                      tr("Add the agreement “%1”").arg(agreement.text))
{}

} // namespace DriveDeck
