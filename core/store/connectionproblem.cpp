#include "store/connectionproblem.h"

#include "domain/text.h"
#include "store/sqlstatement.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace DriveDeck {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

QString roleOf(const DatabaseConfig &config)
{
    return config.user.isEmpty() ? defaultRole() : config.user;
}

QString optionValue(const DatabaseConfig &config, const QString &name)
{
    for (const auto &[key, value] : config.options) {
        if (key == name)
            return value;
    }
    return {};
}

// The first quoted word after a phrase: `database "x" does not exist` → x.
QString quotedAfter(const QString &text, const QString &phrase)
{
    const QRegularExpression pattern(QRegularExpression::escape(phrase) +
                                     QStringLiteral(R"re(\s+"([^"]*)")re"));
    return pattern.match(text).captured(1);
}

} // namespace

QString ConnectionProblem::serverName(const DatabaseConfig &config)
{
    return QStringLiteral("%1:%2").arg(config.host).arg(config.port);
}

Error ConnectionProblem::whenOpening(const DatabaseConfig &config, const QString &serverText)
{
    qCDebug(lcStore).noquote() << "cannot connect to" << config.displayUrl() << ":" << serverText;
    const QString text = serverText.toLower();
    const QString server = serverName(config);
    const QString role = Text::shown(roleOf(config), 100);
    auto has = [&text](const char *phrase) { return text.contains(QLatin1String(phrase)); };
    using Kind = Error::Kind;

    if (has("no password supplied")) {
        return Error(Kind::AuthenticationNeeded,
                     tr("The database server %1 wants a password for %2: put it in ~/.pgpass or "
                        "PGPASSWORD (see the README, Organisation database) and try again.")
                         .arg(server, role));
    }
    if (has("password authentication failed") || has("authentication failed for user")) {
        return Error(Kind::AuthenticationNeeded,
                     tr("The database server %1 did not accept the password for %2: check the "
                        "name and the password in ~/.pgpass or PGPASSWORD, then try again.")
                         .arg(server, role));
    }
    if (has("does not support ssl") || has("ssl was required")) {
        return Error(Kind::Unreachable,
                     tr("The database server %1 does not offer an encrypted (TLS) connection, "
                        "which sslmode=%2 requires: ask your database administrator to turn TLS "
                        "on. DriveDeck did not connect.")
                         .arg(server, optionValue(config, QStringLiteral("sslmode"))));
    }
    if (has("root certificate file")) {
        return Error(Kind::FileAccess,
                     tr("The root certificate %1 (sslrootcert) cannot be read: check the path in "
                        "the database address. DriveDeck did not connect.")
                         .arg(Text::shown(quotedAfter(serverText, QStringLiteral("file")), 200)));
    }
    if (has("certificate verify failed") || has("does not match host name") ||
        (has("certificate") && has("verify"))) {
        return Error(Kind::Unreachable,
                     tr("The database server %1 showed a certificate that the root certificate "
                        "in sslrootcert does not vouch for, or one made for another host name: "
                        "ask your database administrator which certificate to trust. DriveDeck "
                        "did not connect.")
                         .arg(server));
    }
    if (has("could not open certificate file") || has("could not load private key") ||
        has("private key file") || has("certificate file")) {
        return Error(Kind::FileAccess,
                     tr("DriveDeck's own certificate or key (sslcert, sslkey) cannot be read: "
                        "check the paths in the database address and that only you can read "
                        "the key."));
    }
    if (has("could not translate host name") || has("name or service not known") ||
        has("temporary failure in name resolution")) {
        return Error(Kind::Unreachable,
                     tr("No computer is called %1 on this network: check the host in the "
                        "database address.")
                         .arg(Text::shown(config.host, 100)));
    }
    if (has("timeout expired")) {
        return Error(Kind::Unreachable,
                     tr("The database server %1 did not answer in time: check the network and "
                        "that the server is running, then try again.")
                         .arg(server));
    }
    if (has("connection refused") || has("could not connect") || has("no route to host") ||
        has("network is unreachable") || has("server closed the connection")) {
        return Error(Kind::Unreachable,
                     tr("Nothing answers at %1: check that the database server is running and "
                        "that the host and port are right, then try again.")
                         .arg(server));
    }
    if (has("database") && has("does not exist")) {
        return Error(Kind::NotFound,
                     tr("The database server %1 has no database \"%2\": check the name in the "
                        "database address, or ask your database administrator to create it.")
                         .arg(server, Text::shown(config.database, 100)));
    }
    if (has("role") && has("does not exist")) {
        return Error(Kind::NotPermitted,
                     tr("The database server %1 knows no role \"%2\": check the name in the "
                        "database address, or ask your database administrator for one.")
                         .arg(server, role));
    }
    if (has("permission denied for database") || has("connect privilege")) {
        return Error(Kind::NotPermitted,
                     tr("%1 may not connect to the database \"%2\" on %3: ask your database "
                        "administrator to grant it CONNECT.")
                         .arg(role, Text::shown(config.database, 100), server));
    }
    if (has("pg_hba.conf")) {
        return Error(Kind::NotPermitted,
                     tr("The database server %1 does not let %2 in from this computer: ask your "
                        "database administrator to allow it (pg_hba.conf).")
                         .arg(server, role));
    }
    if (has("too many connections") || has("the database system is starting up") ||
        has("shutting down")) {
        return Error(Kind::Unreachable,
                     tr("The database server %1 is not taking connections just now: try again "
                        "in a minute.")
                         .arg(server));
    }
    // Something libpq says that is not listed above: its first line, so nothing is hidden.
    QString first = serverText.section(QLatin1Char('\n'), 0, 0).trimmed();
    first.remove(QRegularExpression(QStringLiteral("^FATAL:\\s*")));
    return Error(
        Kind::Unreachable,
        tr("Cannot connect to the database server %1: %2").arg(server, Text::shown(first, 300)));
}

Error ConnectionProblem::connectionLost(const QString &server, const QString &serverText)
{
    qCDebug(lcStore).noquote() << "lost the connection to" << server << ":" << serverText;
    return Error(Error::Kind::Unreachable,
                 tr("The database server %1 cannot be reached: check the network and that the "
                    "server is running, then try again. Nothing was changed.")
                     .arg(server));
}

Error ConnectionProblem::permissionDenied(const QString &role, const QString &serverText,
                                          bool creatingSchema)
{
    qCDebug(lcStore).noquote() << "permission denied:" << serverText;
    // PostgreSQL: "permission denied for table sessions", "… for schema public", "… for
    // sequence picks_id_seq".
    static const QRegularExpression what(
        QStringLiteral(R"re(permission denied for (\w+) "?([^"\s]+)"?)re"));
    const QRegularExpressionMatch match = what.match(serverText);
    const QString object = match.hasMatch()
                               ? QStringLiteral("%1 %2").arg(match.captured(1), match.captured(2))
                               : tr("DriveDeck's tables");
    if (creatingSchema || match.captured(1) == QLatin1String("schema")) {
        return Error(Error::Kind::NotPermitted,
                     tr("%1 may not create DriveDeck's tables here (no right on %2): ask your "
                        "database administrator to run drivedeck database init.")
                         .arg(Text::shown(role, 100), object));
    }
    return Error(Error::Kind::NotPermitted,
                 tr("%1 may read but not change %2: ask your database administrator for a role "
                    "that may write (the README's section for IT lists the grants). Nothing was "
                    "changed.")
                     .arg(Text::shown(role, 100), object));
}

} // namespace DriveDeck
