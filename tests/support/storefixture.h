#pragma once

#include "databaseconfig.h"
#include "postgresserver.h"

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

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
    int m_counter = 0;
};

} // namespace DriveDeck::Testing
