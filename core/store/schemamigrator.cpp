#include "store/schemamigrator.h"

#include "store/connectionproblem.h"
#include "store/sqlstatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace DriveDeck {

namespace {

const QString VersionTable = QStringLiteral("drivedeck_schema");

QString errorText(const QSqlError &error)
{
    return error.text().trimmed();
}

} // namespace

SchemaMigrator::SchemaMigrator(QList<Step> steps)
    : m_steps(std::move(steps))
{}

int SchemaMigrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

Result<int> SchemaMigrator::currentVersion(QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        // Looked up as the queries will find it: in the first schema of the role's search_path
        // that has it. Qt's table list names tables outside "public" with their schema, so a
        // database in a schema of its own looked new on every start.
        QSqlQuery exists(db);
        if (!exists.exec(QStringLiteral("SELECT to_regclass('drivedeck_schema') IS NOT NULL")) ||
            !exists.next())
            return Error(Error::Kind::Failed, tr("The database's schema version cannot be read: %1")
                                                  .arg(errorText(exists.lastError())));
        if (!exists.value(0).toBool())
            return 0;
    } else if (!db.tables().contains(VersionTable)) {
        return 0;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM drivedeck_schema")) || !query.next()) {
        return Error(Error::Kind::Failed, tr("The database's schema version cannot be read: %1")
                                              .arg(errorText(query.lastError())));
    }
    return query.value(0).toInt();
}

Status SchemaMigrator::migrate(QSqlDatabase &db) const
{
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return Error(Error::Kind::Unsupported,
                     tr("This database was written by a newer DriveDeck (schema version %1; this "
                        "version knows up to %2). Update DriveDeck to use it; nothing was "
                        "changed.")
                         .arg(*current)
                         .arg(latestVersion()));
    }
    int version = *current;
    for (const Step &step : m_steps) {
        if (step.version <= version)
            continue;
        QStringList statements = step.statements;
        if (version == 0) {
            statements.prepend(
                QStringLiteral("CREATE TABLE drivedeck_schema (version INTEGER NOT NULL)"));
            statements.append(QStringLiteral("INSERT INTO drivedeck_schema (version) VALUES (%1)")
                                  .arg(step.version));
        } else {
            statements.append(
                QStringLiteral("UPDATE drivedeck_schema SET version = %1").arg(step.version));
        }
        // The write lock first, then the version again inside it: two DriveDecks starting on a
        // new database at once must not both create it. SQLite takes the lock with BEGIN
        // IMMEDIATE (and waits for it as long as the connection's busy timeout says);
        // PostgreSQL with an advisory lock held until the transaction ends.
        const bool postgres = db.driverName() == QLatin1String("QPSQL");
        QSqlQuery query(db);
        const bool begun =
            postgres ? db.transaction() &&
                           query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(5146323)"))
                     : query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun) {
            const QString error =
                errorText(query.lastError().isValid() ? query.lastError() : db.lastError());
            query.finish();
            db.rollback();
            return Error(Error::Kind::Busy,
                         tr("Cannot start updating the database: %1").arg(error));
        }
        const Result<int> locked = currentVersion(db);
        if (!locked) {
            query.finish();
            db.rollback();
            return locked.error();
        }
        if (*locked >= step.version) {
            // Another DriveDeck did this step meanwhile.
            query.finish();
            db.commit();
            version = *locked;
            continue;
        }
        if (*locked != version) {
            version = *locked;
            statements = step.statements;
            statements.append(
                QStringLiteral("UPDATE drivedeck_schema SET version = %1").arg(step.version));
        }
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const QSqlError failure = query.lastError();
                const QString error = errorText(failure);
                query.finish();
                db.rollback();
                if (postgres && failure.nativeErrorCode() == QLatin1String("42501"))
                    return ConnectionProblem::permissionDenied(
                        roleOf(db), failure.databaseText().trimmed(), true);
                return Error(Error::Kind::Failed,
                             tr("Updating the database to schema version %1 failed, so it was "
                                "left at version %2: %3")
                                 .arg(step.version)
                                 .arg(version)
                                 .arg(error));
            }
        }
        query.finish();
        if (!db.commit()) {
            const QString error = errorText(db.lastError());
            db.rollback();
            return Error(Error::Kind::Failed,
                         tr("Updating the database to schema version %1 failed, so it was left "
                            "at version %2: %3")
                             .arg(step.version)
                             .arg(version)
                             .arg(error));
        }
        version = step.version;
    }
    return success();
}

QString SchemaMigrator::script(int fromVersion) const
{
    QStringList lines;
    lines << QStringLiteral("-- DriveDeck's schema, version %1%2.")
                 .arg(latestVersion())
                 .arg(fromVersion > 0 ? QStringLiteral(", from version %1").arg(fromVersion)
                                      : QString());
    lines << QStringLiteral("-- Run it as the role that is to own DriveDeck's tables, in the "
                            "schema they belong in")
          << QStringLiteral("-- (the first in that role's search_path); all or nothing.");
    lines << QStringLiteral("BEGIN;");
    if (fromVersion == 0) {
        lines << QStringLiteral("CREATE TABLE drivedeck_schema (version INTEGER NOT NULL);");
    } else {
        // Only on the database it was written for.
        lines << QStringLiteral("DO $$ BEGIN IF (SELECT version FROM drivedeck_schema) <> %1 THEN "
                                "RAISE EXCEPTION 'DriveDeck''s schema is not at version %1'; END "
                                "IF; END $$;")
                     .arg(fromVersion);
    }
    for (const Step &step : m_steps) {
        if (step.version <= fromVersion)
            continue;
        lines << QStringLiteral("-- version %1").arg(step.version);
        for (const QString &statement : step.statements)
            lines << statement + u';';
    }
    lines << (fromVersion == 0
                  ? QStringLiteral("INSERT INTO drivedeck_schema (version) VALUES (%1);")
                  : QStringLiteral("UPDATE drivedeck_schema SET version = %1;"))
                 .arg(latestVersion());
    lines << QStringLiteral("COMMIT;");
    return lines.join(u'\n') + u'\n';
}

SchemaMigrator SchemaMigrator::driveDeckSchema(bool postgres, int upToVersion)
{
    const QString id = postgres
                           ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                           : QStringLiteral("INTEGER PRIMARY KEY");
    // SQLite stores picks in primary-key order, so the organisation-wide profile reads them
    // already grouped by respondent; PostgreSQL has no such table option.
    const QString clustered = postgres ? QString() : QStringLiteral(" WITHOUT ROWID");
    auto sql = [&](const char *text) {
        return QString::fromLatin1(text)
            .replace(QStringLiteral("{{id}}"), id)
            .replace(QStringLiteral("{{clustered}}"), clustered);
    };
    // Rows are joined on integer keys (fast to aggregate); the UUIDs are the identity that
    // files, the command line and other databases see.
    Step v1{
        1,
        {
            sql("CREATE TABLE sessions ("
                " id {{id}},"
                " uuid TEXT NOT NULL UNIQUE,"
                " title TEXT NOT NULL,"
                " team TEXT NOT NULL DEFAULT '',"
                " facilitator TEXT NOT NULL DEFAULT '',"
                " session_date TEXT NOT NULL DEFAULT '',"
                " language TEXT NOT NULL DEFAULT 'en',"
                " notes TEXT NOT NULL DEFAULT '',"
                " anonymous INTEGER NOT NULL DEFAULT 0,"
                " revision BIGINT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " updated_by TEXT NOT NULL DEFAULT '')"),
            sql("CREATE INDEX sessions_team ON sessions (team)"),
            sql("CREATE INDEX sessions_date ON sessions (session_date)"),
            sql("CREATE TABLE session_tags ("
                " session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
                " tag TEXT NOT NULL,"
                " position INTEGER NOT NULL,"
                " PRIMARY KEY (session_id, tag))"),
            sql("CREATE TABLE participants ("
                " id {{id}},"
                " uuid TEXT NOT NULL,"
                " session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL,"
                " display_name TEXT NOT NULL,"
                " alias TEXT NOT NULL DEFAULT '',"
                " UNIQUE (session_id, uuid))"),
            sql("CREATE TABLE rounds ("
                " id {{id}},"
                " uuid TEXT NOT NULL,"
                " session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL,"
                " title TEXT NOT NULL,"
                " question TEXT NOT NULL DEFAULT '',"
                " mode TEXT NOT NULL CHECK (mode IN ('choose', 'scan')),"
                " min_picks INTEGER NOT NULL,"
                " max_picks INTEGER NOT NULL,"
                " ranked INTEGER NOT NULL,"
                " allow_negative INTEGER NOT NULL,"
                " seconds_per_card INTEGER NOT NULL,"
                " UNIQUE (session_id, uuid))"),
            sql("CREATE INDEX rounds_title ON rounds (title)"),
            sql("CREATE TABLE round_participants ("
                " round_id BIGINT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
                " participant_id BIGINT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL,"
                " PRIMARY KEY (round_id, participant_id))"),
            sql("CREATE TABLE picks ("
                " round_id BIGINT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
                " participant_id BIGINT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
                " drive_id INTEGER NOT NULL CHECK (drive_id BETWEEN 1 AND 24),"
                " position BIGINT NOT NULL,"
                " rank INTEGER,"
                " positive INTEGER NOT NULL,"
                " note TEXT NOT NULL DEFAULT '',"
                " made_at TEXT,"
                " reaction_ms INTEGER,"
                " PRIMARY KEY (round_id, participant_id, drive_id))"),
            sql("CREATE INDEX participants_session ON participants (session_id, position)"),
            sql("CREATE INDEX rounds_session ON rounds (session_id, position)"),
            sql("CREATE INDEX picks_participant ON picks (participant_id)"),
            sql("CREATE INDEX round_participants_round ON round_participants (round_id, position)"),
            sql("CREATE INDEX round_participants_participant"
                " ON round_participants (participant_id)"),
        }};
    // Version 2 (the workshop window): target rounds with a timebox, and the team's agreements.
    // Columns get defaults, so rounds written by version 1 read as ordinary, untimed rounds.
    Step v2{2,
            {
                sql("ALTER TABLE rounds ADD COLUMN target INTEGER NOT NULL DEFAULT 0"),
                sql("ALTER TABLE rounds ADD COLUMN timebox_minutes INTEGER NOT NULL DEFAULT 0"),
                sql("CREATE TABLE agreements ("
                    " id {{id}},"
                    " uuid TEXT NOT NULL,"
                    " session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
                    " position INTEGER NOT NULL,"
                    " text TEXT NOT NULL,"
                    " owner TEXT NOT NULL DEFAULT '',"
                    " due_date TEXT NOT NULL DEFAULT '',"
                    " UNIQUE (session_id, uuid))"),
                sql("CREATE INDEX agreements_session ON agreements (session_id, position)"),
            }};
    // Version 3 (the room): blind rounds. A round written before reads as an open one.
    Step v3{3, {sql("ALTER TABLE rounds ADD COLUMN blind INTEGER NOT NULL DEFAULT 0")}};
    // Version 4: the seed that shuffled each person's yes/no scan, and the cards that timed out.
    Step v4{4,
            {sql("CREATE TABLE scan_runs ("
                 " round_id BIGINT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,"
                 " participant_id BIGINT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL,"
                 " seed BIGINT NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),"
                 " unanswered TEXT NOT NULL DEFAULT '',"
                 " PRIMARY KEY (round_id, participant_id))"),
             sql("CREATE INDEX scan_runs_participant ON scan_runs (participant_id)")}};
    // The photo deck a session's cards show, and how it picks among several pictures.
    Step v5{5,
            {sql("ALTER TABLE sessions ADD COLUMN deck TEXT NOT NULL DEFAULT ''"),
             sql("ALTER TABLE sessions ADD COLUMN deck_at_random INTEGER NOT NULL DEFAULT 0")}};
    // Version 6 (the organisation database): the account that made the last change (the
    // PostgreSQL role, or the computer's user on SQLite) beside the name it was made under.
    Step v6{6,
            {sql("ALTER TABLE sessions ADD COLUMN updated_by_account TEXT NOT NULL DEFAULT ''")}};
    QList<Step> steps{v1, v2, v3, v4, v5, v6};
    steps.removeIf([upToVersion](const Step &step) { return step.version > upToVersion; });
    return SchemaMigrator(steps);
}

} // namespace DriveDeck
