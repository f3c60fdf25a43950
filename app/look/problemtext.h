#pragma once

class QLabel;

namespace DriveDeck::ProblemText {

// Shows label's text as a problem ("Give the session a title."): a red that reads on the
// label's background, light palette or dark, and again when the system switches between them.
void style(QLabel *label, bool bold = false);

} // namespace DriveDeck::ProblemText
