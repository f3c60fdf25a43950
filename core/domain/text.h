#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
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
// Finds the names in a text as whole words, in any case, the words of a name apart by any white
// space: "anna" in "Ask Anna." and "Anna  de Vries" for "Anna de Vries", never "Annalise" or
// "Hanna". With no name it matches nothing.
QRegularExpression namePattern(const QStringList &names);

} // namespace DriveDeck::Text
