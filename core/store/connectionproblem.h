#pragma once

// Private to the store: what a PostgreSQL failure means for the facilitator, in one line with
// the next step. The server's own words go to the log category drivedeck.store (--verbose),
// never to the message: libpq's are several lines long and speak of pg_hba.conf and fe_sendauth.

#include "domain/result.h"
#include "store/databaseconfig.h"

#include <QCoreApplication>
#include <QString>

namespace DriveDeck {

class ConnectionProblem
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::ConnectionProblem)

public:
    // Why opening a connection failed, from libpq's text (there is no SQLSTATE before the
    // server has answered): password, server, database, TLS certificate, rights.
    static Error whenOpening(const DatabaseConfig &config, const QString &serverText);

    // A statement refused for lack of a right (SQLSTATE 42501): which right, on what, and who to
    // ask. creatingSchema: the refusal came while creating or upgrading DriveDeck's tables.
    static Error permissionDenied(const QString &role, const QString &serverText,
                                  bool creatingSchema);

    // A connection that was open and went away (the server stopped, the network dropped).
    static Error connectionLost(const QString &server, const QString &serverText);

    // "host:port" as the messages name a server.
    static QString serverName(const DatabaseConfig &config);
};

} // namespace DriveDeck
