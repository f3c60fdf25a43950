#pragma once

#include "databaseconfig.h"
#include "sessionstore.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace DriveDeck {

// Opens the session database for the window: asks for the PostgreSQL password when the server
// wants one (kept in memory only), and offers the embedded database when the shared one cannot
// be reached, so a facilitator in front of a group is never left without a place to save.
class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::StoreOpener)

public:
    static std::unique_ptr<SessionStore> open(DatabaseConfig config, QWidget *parent);
    static bool needsPassword(const QString &error);
};

} // namespace DriveDeck
