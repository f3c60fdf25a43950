#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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
    // libpq's connection options from the URL's query (sslmode=require, connect_timeout=5, …),
    // handed to the driver as they are; only the ones DriveDeck knows are accepted.
    QList<QPair<QString, QString>> options;

    static const QStringList &knownOptions();

    static DatabaseConfig sqlite(const QString &path);
    // The embedded default: drivedeck.sqlite in the user's application data folder.
    static DatabaseConfig defaultSqlite();
    // postgresql://user[:password]@host[:port]/database[?option=value&…], postgres://...,
    // sqlite:///path, or a plain file path. A password in the URL is never repeated in a
    // message.
    static Result<DatabaseConfig> fromUrl(const QString &url);

    // The URL with its options and without the password: safe to show, log and keep in the
    // settings.
    QString displayUrl() const;
    // The options as the Qt driver takes them ("sslmode=require;connect_timeout=10;…"), with
    // DriveDeck's own defaults where the URL says nothing.
    QString driverOptions() const;
    bool isPostgres() const { return engine == Engine::PostgreSQL; }
};

} // namespace DriveDeck
