#pragma once

#include <QString>
#include <QStringView>

namespace DriveDeck::Text {

// A value from a file or the command line as a message may repeat it: control characters
// (a terminal's escape sequences among them) shown as "�", and cut to max characters with "…",
// so that a hostile cell cannot clear a terminal or fill a screen.
QString shown(QStringView value, qsizetype max = 60);
// A name as people are matched by it: Unicode NFC, format characters (zero-width joiners and
// spaces, direction marks) removed, white space trimmed and collapsed. "An\u200bna" is Anna.
QString normalName(QStringView name);
// Only the ASCII digits 0 to 9, at least one: "12" yes; "1\0999", " 12", "١٢" no.
bool isDigits(QStringView value);

} // namespace DriveDeck::Text
