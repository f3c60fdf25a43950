#pragma once

// Private to the store: the one place that turns Qt SQL's errors into DriveDeck's. Never include
// it outside core/store (nothing above the store sees Qt SQL).

#include "domain/progress.h"
#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlError;

namespace DriveDeck {

// The driver's own words for a failure, for the end of a message.
QString sqlErrorText(const QSqlError &error);

// What kind of failure a driver error is, decided where the error is seen: SQLSTATE codes for
// PostgreSQL, result codes for SQLite, and for a lost connection a probe of the connection
// itself (a dropped server gives no code at all).
Error::Kind sqlErrorKind(const QSqlError &error, const QSqlDatabase &db);

// The computer's user name (USER, LOGNAME, USERNAME, else the home folder's name).
QString systemUserName();
// The role libpq connects as when the URL names none: PGUSER, else the computer's user.
QString defaultRole();
// The role a connection works as, for messages: the URL's user, else libpq's default.
QString roleOf(const QSqlDatabase &db);

// An Error of the right kind for a failed statement: "The database refused the change: …", or
// "cannot be reached" when the connection is gone.
Error sqlFailure(const QSqlError &error, const QSqlDatabase &db);

// Runs a statement, turning a failure into a message for the facilitator.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    Statement &bind(const QVariant &value)
    {
        m_query.addBindValue(value);
        return *this;
    }
    Status exec();
    QSqlQuery &query() { return m_query; }

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    bool m_prepared = false;
};

// Inserts many rows with multi-row VALUES statements: one round trip per batch, not per row,
// which matters most on a PostgreSQL server across the network.
Status insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                  const QList<QVariantList> &rows, const QString &returning = {},
                  const std::function<void(const QSqlQuery &)> &onReturned = {},
                  const ProgressCallback &progress = {});
// The same for rows made one batch at a time by rowAt(index, values): a million picks are never
// held as variants all at once.
using RowWriter = std::function<void(qsizetype row, QVariantList &values)>;
Status insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                  qsizetype rowCount, const RowWriter &rowAt,
                  const ProgressCallback &progress = {});

} // namespace DriveDeck
