#pragma once

#include "decks/decklibrary.h"
#include "domain/result.h"

#include <QString>

namespace DriveDeck {

// Unpacks a deck's zip archive into a staging folder for DeckLibrary::import, within the deck's
// limits: every entry stays inside the folder (no "../", no absolute paths, no links) and is
// counted as it is written, whatever the archive claims. A library of its own with QuaZip, so
// that the program does not load QuaZip and the libraries it needs at every start: the window
// finds it in its outputs module (Outputs::unzipDeck), the tests link it in.
class DeckZip
{
public:
    static Status unzip(const QString &zipPath, const QString &into, const DeckLimits &limits);
    // Makes DeckLibrary unpack zips with unzip() (a program that links this library).
    static void install();
};

} // namespace DriveDeck
