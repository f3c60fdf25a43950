#pragma once

#include "workshop/commands/documentcommand.h"

#include <QCoreApplication>

namespace DriveDeck {

// A person's scan record in a round: its seed when the scan starts, a card that timed out.
class SetScanRunCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SetScanRunCommand)

public:
    SetScanRunCommand(SessionDocument *document, const std::optional<ScanRun> &before,
                      const ScanRun &after);
};

} // namespace DriveDeck
