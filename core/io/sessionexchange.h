#pragma once

#include "domain/progress.h"
#include "domain/result.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QString>

namespace DriveDeck {

class SessionStore;

// Sessions in and out of files, the same for the window and the command line: a .drivedeck
// session file or the picks as .csv, told apart by content and extension.
class SessionExchange
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SessionExchange)

public:
    enum class Kind
    {
        SessionFile,
        Csv,
        Unknown
    };
    // What to do when the file's session is already in the database.
    enum class WhenExists
    {
        ImportCopy,
        Replace
    };

    static Kind kindOfFile(const QString &path);
    static Kind kindForExport(const QString &path);

    // Reads a session file or a CSV of picks. title/team, when given, override the file's (a
    // CSV's session is named after the file by default).
    static Result<Session> read(const QString &path, const QString &title = {},
                                const QString &team = {});
    // Saves an imported session as a new one; one whose id is already in the store becomes a
    // copy with a new id, or replaces the stored one when asked. All or nothing.
    static Status store(SessionStore &store, Session &session, WhenExists whenExists,
                        const ProgressCallback &progress = {});
    // Writes .drivedeck or .csv, by the path's extension.
    static Status write(const Session &session, const QString &path);
};

} // namespace DriveDeck
