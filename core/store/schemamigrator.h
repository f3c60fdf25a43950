#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace DriveDeck {

// Brings a database's schema up to date in numbered steps, each in its own transaction. The
// version lives in a one-row table, drivedeck_schema, the same on SQLite and PostgreSQL. A
// database written by a newer DriveDeck is refused, never "upgraded" by guessing.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(DriveDeck::SchemaMigrator)

public:
    struct Step
    {
        int version; // the version the database has after this step
        QStringList statements;
    };

    explicit SchemaMigrator(QList<Step> steps);

    int latestVersion() const;
    // 0 for a database DriveDeck never touched.
    static Result<int> currentVersion(QSqlDatabase &db);
    // Applies the missing steps; the database is unchanged by a step that fails.
    Status migrate(QSqlDatabase &db) const;

    // The steps after fromVersion as one SQL script a database administrator can review and
    // run (psql -f): one transaction, the version table included.
    QString script(int fromVersion = 0) const;

    // DriveDeck's own schema: the same tables and columns on both engines; only the spelling of
    // an auto-increment key and SQLite's clustered picks table differ.
    // upToVersion: only the steps up to it (tests build a database as an older DriveDeck did).
    static SchemaMigrator driveDeckSchema(bool postgres, int upToVersion = LatestVersion);
    static constexpr int LatestVersion = 6;

private:
    QList<Step> m_steps;
};

} // namespace DriveDeck
