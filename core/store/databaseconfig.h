#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace DriveDeck {

// Where sessions are stored: an SQLite file (the embedded default) or a PostgreSQL database
// shared by an organisation, chosen by a URL such as postgresql://kim@db.example.org:5432/drives.
class DatabaseConfig
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::DatabaseConfig)

public:
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };

    Engine engine = Engine::SQLite;
    QString path; // SQLite
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password; // from the URL, a prompt or PGPASSWORD (libpq reads that itself)
    QString database;

    static DatabaseConfig sqlite(const QString &path);
    // The embedded default: drivedeck.sqlite in the user's application data folder.
    static DatabaseConfig defaultSqlite();
    // postgresql://user[:password]@host[:port]/database, postgres://..., sqlite:///path, or a
    // plain file path.
    static Result<DatabaseConfig> fromUrl(const QString &url);

    // The URL without the password: safe to show, log and keep in the settings.
    QString displayUrl() const;
    bool isPostgres() const { return engine == Engine::PostgreSQL; }
};

} // namespace DriveDeck
