#pragma once

#include "cli/clicommand.h"

namespace DriveDeck {

// `drivedeck report`: the PDF report for managers, without a display. Apart from the command
// line's library because it paints charts, like the chart command.
const CliCommand &reportCommand();

} // namespace DriveDeck
