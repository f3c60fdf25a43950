#pragma once

#include "postgresserver.h"
#include "store/databaseconfig.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace DriveDeck::Testing {

// Fresh, empty databases for store tests on the engine chosen by DRIVEDECK_TEST_ENGINE
// ("sqlite", the default, or "postgresql"). CTest runs the same tests once per engine.
class StoreFixture
{
public:
    bool isPostgres() const { return m_postgres != nullptr; }
    QString engineName() const
    {
        return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }

    // Empty on success; starts the PostgreSQL server when that engine is chosen.
    QString setUp()
    {
        if (qEnvironmentVariable("DRIVEDECK_TEST_ENGINE") != QLatin1String("postgresql"))
            return {};
        m_postgres = std::make_unique<PostgresServer>();
        return m_postgres->start();
    }
    void tearDown() { m_postgres.reset(); }

    // A new empty database; each call gives another one.
    DatabaseConfig freshDatabase(QString *error = nullptr)
    {
        const QString name = QStringLiteral("test_%1").arg(++m_counter);
        if (isPostgres()) {
            const QString problem = m_postgres->createDatabase(name);
            if (error)
                *error = problem;
            return *DatabaseConfig::fromUrl(m_postgres->url(name));
        }
        return DatabaseConfig::sqlite(m_dir.filePath(name + QStringLiteral(".sqlite")));
    }

    PostgresServer *server() const { return m_postgres.get(); }

    // A plain Qt SQL connection to a test database, to look at or tamper with it directly.
    // Remove it with QSqlDatabase::removeDatabase(name) when done.
    QSqlDatabase rawConnection(const DatabaseConfig &config, const QString &name) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            config.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (config.isPostgres()) {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
        }
        db.setDatabaseName(config.isPostgres() ? config.database : config.path);
        db.open();
        return db;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
    int m_counter = 0;
};

} // namespace DriveDeck::Testing
