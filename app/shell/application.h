#pragma once

namespace DriveDeck {

// Starts DriveDeck: the window, or a command-line command when one is given.
int runApplication(int argc, char *argv[]);

} // namespace DriveDeck
