#include "store/sqlstatement.h"

#include "store/connectionproblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

namespace DriveDeck {

// Details for --verbose; a failure itself is said once, in the message the user sees.
Q_LOGGING_CATEGORY(lcSql, "drivedeck.store.sql", QtInfoMsg)

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

// Whether the connection still answers. A statement that failed inside a transaction leaves
// PostgreSQL's transaction aborted, so any answer with an SQLSTATE counts as alive.
bool connectionAlive(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return true;
    return !probe.lastError().nativeErrorCode().isEmpty();
}

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}

Error::Kind sqlErrorKind(const QSqlError &error, const QSqlDatabase &db)
{
    const QString code = error.nativeErrorCode();
    if (isPostgres(db)) {
        if (code.startsWith(QLatin1String("28")))
            return Error::Kind::AuthenticationNeeded;
        if (code == QLatin1String("42501"))
            return Error::Kind::NotPermitted;
        if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
            return Error::Kind::Unreachable;
        if (code == QLatin1String("40001") || code == QLatin1String("40P01") ||
            code == QLatin1String("55P03"))
            return Error::Kind::Busy;
        if (code.startsWith(QLatin1String("23")) || code.startsWith(QLatin1String("22")))
            return Error::Kind::InvalidInput;
        if (code.isEmpty() && !connectionAlive(db))
            return Error::Kind::Unreachable;
        return Error::Kind::Failed;
    }
    // SQLite's primary result codes: 5 SQLITE_BUSY, 6 SQLITE_LOCKED, 19 SQLITE_CONSTRAINT,
    // 8 SQLITE_READONLY, 10 SQLITE_IOERR, 13 SQLITE_FULL, 14 SQLITE_CANTOPEN.
    bool numeric = false;
    const int primary = code.toInt(&numeric) & 0xff;
    if (!numeric) {
        // Some paths give SQLite's message without its code: "database is locked" is still a
        // lock, never a database that cannot be reached.
        const QString text = error.text().toLower();
        if (text.contains(QLatin1String("database is locked")) ||
            text.contains(QLatin1String("database is busy")))
            return Error::Kind::Busy;
        return error.type() == QSqlError::ConnectionError ? Error::Kind::FileAccess
                                                          : Error::Kind::Failed;
    }
    switch (primary) {
    case 5:
    case 6:
        return Error::Kind::Busy;
    case 19:
        return Error::Kind::InvalidInput;
    case 8:
    case 10:
    case 13:
    case 14:
        return Error::Kind::FileAccess;
    default:
        return Error::Kind::Failed;
    }
}

QString systemUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

QString defaultRole()
{
    const QString role = qEnvironmentVariable("PGUSER");
    return role.isEmpty() ? systemUserName() : role;
}

QString roleOf(const QSqlDatabase &db)
{
    return db.userName().isEmpty() ? defaultRole() : db.userName();
}

Error sqlFailure(const QSqlError &error, const QSqlDatabase &db)
{
    if (isPostgres(db) && error.nativeErrorCode() == QLatin1String("42501"))
        return ConnectionProblem::permissionDenied(roleOf(db), sqlErrorText(error), false);
    const Error::Kind kind = sqlErrorKind(error, db);
    if (kind == Error::Kind::Unreachable && isPostgres(db)) {
        return ConnectionProblem::connectionLost(
            QStringLiteral("%1:%2").arg(db.hostName()).arg(db.port()), sqlErrorText(error));
    }
    if (kind == Error::Kind::Unreachable) {
        return Error(kind, QCoreApplication::translate(
                               "DriveDeck::SessionStore",
                               "The database cannot be reached: %1. Nothing was changed.")
                               .arg(sqlErrorText(error)));
    }
    return Error(kind, QCoreApplication::translate("DriveDeck::SessionStore",
                                                   "The database refused the change: %1")
                           .arg(sqlErrorText(error)));
}

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_db(db)
    , m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Status Statement::exec()
{
    if (!m_prepared || !m_query.exec()) {
        qCDebug(lcSql) << "query failed:" << m_query.lastQuery() << m_query.lastError();
        return sqlFailure(m_query.lastError(), m_db);
    }
    return success();
}

namespace {

Status insertBatches(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                     qsizetype rowCount, const RowWriter &rowAt, const QString &returning,
                     const std::function<void(const QSqlQuery &)> &onReturned,
                     const ProgressCallback &progress)
{
    if (rowCount == 0)
        return success();
    const int perStatement = std::max(1, std::min(500, 30000 / int(columns.size())));
    const QString rowPlaceholders =
        QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    auto sqlFor = [&](qsizetype count) {
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(u','));
        sql += QStringList(count, rowPlaceholders).join(u',');
        if (!returning.isEmpty())
            sql += QStringLiteral(" RETURNING ") + returning;
        return sql;
    };

    QSqlQuery full(db);
    bool fullPrepared = false;
    QVariantList values;
    for (qsizetype start = 0; start < rowCount; start += perStatement) {
        const qsizetype count = std::min<qsizetype>(perStatement, rowCount - start);
        QSqlQuery partial(db);
        QSqlQuery *query = &full;
        if (count == perStatement) {
            if (!fullPrepared) {
                full.prepare(sqlFor(count));
                fullPrepared = true;
            }
        } else {
            partial.prepare(sqlFor(count));
            query = &partial;
        }
        int position = 0;
        for (qsizetype r = start; r < start + count; ++r) {
            values.clear();
            rowAt(r, values);
            for (const QVariant &value : std::as_const(values))
                query->bindValue(position++, value);
        }
        if (!query->exec()) {
            qCDebug(lcSql) << "insert into" << table << "failed:" << query->lastError();
            return sqlFailure(query->lastError(), db);
        }
        if (onReturned) {
            while (query->next())
                onReturned(*query);
        }
        query->finish();
        if (progress && !progress(start + count, rowCount)) {
            return Error(Error::Kind::Cancelled,
                         QCoreApplication::translate("DriveDeck::SessionStore",
                                                     "Cancelled; nothing was saved."));
        }
    }
    return success();
}

} // namespace

Status insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                  const QList<QVariantList> &rows, const QString &returning,
                  const std::function<void(const QSqlQuery &)> &onReturned,
                  const ProgressCallback &progress)
{
    return insertBatches(
        db, table, columns, rows.size(),
        [&rows](qsizetype row, QVariantList &values) { values = rows.at(row); }, returning,
        onReturned, progress);
}

Status insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                  qsizetype rowCount, const RowWriter &rowAt, const ProgressCallback &progress)
{
    return insertBatches(db, table, columns, rowCount, rowAt, {}, {}, progress);
}

} // namespace DriveDeck
