#include "workshop/commands/editdetailscommand.h"

namespace DriveDeck {

EditDetailsCommand::EditDetailsCommand(SessionDocument *document, const SessionDetails &before,
                                       const SessionDetails &after)
    : DocumentCommand(document, Change::SetDetails{after}, Change::SetDetails{before},
                      tr("Edit the session details"))
{}

} // namespace DriveDeck
