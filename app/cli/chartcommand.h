#pragma once

#include "cli/clicommand.h"

namespace DriveDeck {

// `drivedeck chart`: a chart of a round (or a comparison of two) written as SVG, PNG or PDF by
// the same code the Profile page draws with. It paints with Qt Charts, so it lives apart from
// the command-line library and runs in a QApplication on the offscreen platform: still no
// display needed.
const CliCommand &chartCommand();

} // namespace DriveDeck
