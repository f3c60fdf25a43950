#pragma once

#include "domain/sessionsummary.h"
#include "store/databaseconfig.h"

#include <QList>
#include <QString>

namespace DriveDeck {

// The last list of saved sessions of each database, kept in the user's cache folder, so that
// the library shows its sessions at once on the next start while the database is still being
// opened (a shared server across a slow network takes seconds). Only what the list shows is
// kept: titles, teams, dates, tags, counts, who changed a session last; never people or picks.
// A cache is a hint: a file that is missing, damaged or of another version reads as empty.
class LibraryCache
{
public:
    static QString fileFor(const DatabaseConfig &config);
    static QList<SessionSummary> read(const DatabaseConfig &config);
    // Written whole or not at all; false (and nothing changed) when the folder is not writable.
    static bool write(const DatabaseConfig &config, const QList<SessionSummary> &sessions);
};

} // namespace DriveDeck
