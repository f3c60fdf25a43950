#pragma once

#include <QByteArrayView>
#include <QString>

// The entry functions of the fuzz targets, shared by the libFuzzer executables (built with
// -DDRIVEDECK_FUZZ=ON) and tst_fuzzcorpus, which replays the seed and regression corpora through
// them in every test run. Each reads one input as DriveDeck would and checks what must hold
// whatever the input: a result that is valid and survives a round trip, or a refusal with a
// clean message. An empty string when all holds; otherwise what broke.
namespace DriveDeck::Fuzz {

// A .drivedeck session file.
QString sessionFile(QByteArrayView data);
// Picks as CSV.
QString picksCsv(QByteArrayView data);
// A photo deck's deck.json.
QString deckManifest(QByteArrayView data);

// What is wrong with a message a user will read: empty, a control character (a terminal escape,
// say) other than the line breaks between problems, or a line too long to read.
QString messageProblem(const QString &message);

} // namespace DriveDeck::Fuzz
