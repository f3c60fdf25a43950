#include "store/databaseconfig.h"

#include "domain/text.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace DriveDeck {

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.engine = Engine::SQLite;
    config.path = path;
    return config;
}

DatabaseConfig DatabaseConfig::defaultSqlite()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(folder).filePath(QStringLiteral("drivedeck.sqlite")));
}

const QStringList &DatabaseConfig::knownOptions()
{
    static const QStringList names{QStringLiteral("sslmode"),
                                   QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),
                                   QStringLiteral("sslcrl"),
                                   QStringLiteral("connect_timeout"),
                                   QStringLiteral("options"),
                                   QStringLiteral("application_name"),
                                   QStringLiteral("target_session_attrs")};
    return names;
}

namespace {

// A URL as a message may repeat it: no password, whatever the scheme or however mistyped.
QString withoutPassword(const QString &text)
{
    static const QRegularExpression userInfo(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^:@/]*):[^@]*@"));
    QString shown = text;
    shown.replace(userInfo, QStringLiteral("\\1@"));
    return Text::shown(shown, 200);
}

// Names the part of a PostgreSQL address that Qt's URL parser refused, without repeating the
// password.
QString whatIsWrongWith(const QString &text)
{
    QString authority = text.section(QStringLiteral("://"), 1);
    authority = authority.left(authority.indexOf(QRegularExpression(QStringLiteral("[/?#]"))));
    const qsizetype at = authority.lastIndexOf(u'@');
    const QString hostPort = authority.mid(at + 1);
    const bool bracketed = hostPort.startsWith(u'[');
    const qsizetype colon =
        bracketed ? hostPort.indexOf(QStringLiteral("]:")) + 1 : hostPort.lastIndexOf(u':');
    const QString host = colon > 0 ? hostPort.left(colon) : hostPort;
    if (colon > 0 || (colon == 0 && !bracketed)) {
        const QString port = hostPort.mid(colon + 1);
        bool number = false;
        const int value = port.toInt(&number);
        if (!number || value < 1 || value > 65535) {
            return DatabaseConfig::tr("The port \"%1\" in the database address is not a number "
                                      "from 1 to 65535.")
                .arg(Text::shown(port, 40));
        }
    }
    if (host.isEmpty() || host == QLatin1String("[]")) {
        return DatabaseConfig::tr("The database address names no server: write it as "
                                  "postgresql://user@host:port/database.");
    }
    if (at >= 0 && authority.left(at).contains(QRegularExpression(QStringLiteral("[@/?#\\s]")))) {
        return DatabaseConfig::tr("The name or password in the database address holds a "
                                  "character an address cannot: write @ as %40, / as %2F, ? as "
                                  "%3F, # as %23 and a space as %20, or give the password in "
                                  "~/.pgpass instead.");
    }
    return DatabaseConfig::tr("\"%1\" is not a PostgreSQL address; write it as "
                              "postgresql://user@host:port/database.")
        .arg(withoutPassword(text));
}

} // namespace

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::InvalidInput,
                     tr("No database given: use a file path or postgresql://user@host:port/db."));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        DatabaseConfig config;
        config.engine = Engine::PostgreSQL;
        if (!url.isValid() || url.host().isEmpty())
            return Error(Error::Kind::InvalidInput, whatIsWrongWith(trimmed));
        config.host = url.host();
        config.port = url.port(5432);
        config.user = url.userName(QUrl::FullyDecoded);
        config.password = url.password(QUrl::FullyDecoded);
        config.database = url.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!knownOptions().contains(key)) {
                return Error(Error::Kind::InvalidInput,
                             tr("\"%1\" is not a connection option DriveDeck passes on; use %2.")
                                 .arg(Text::shown(key), knownOptions().join(QStringLiteral(", "))));
            }
            // The driver's own syntax: a ";" would start another option.
            if (value.contains(u';')) {
                return Error(Error::Kind::InvalidInput,
                             tr("The connection option %1 cannot hold a \";\".").arg(key));
            }
            config.options.append({key, value});
        }
        if (config.database.isEmpty() || config.database.contains(QLatin1Char('/'))) {
            return Error(Error::Kind::InvalidInput,
                         tr("\"%1\" names no database; add it after the host, as in "
                            "postgresql://%2@%3:%4/drivedeck.")
                             .arg(config.displayUrl(), config.user, config.host)
                             .arg(config.port));
        }
        return config;
    }
    if (scheme == QLatin1String("sqlite"))
        return sqlite(url.path(QUrl::FullyDecoded));
    if (scheme.size() > 1 && url.isValid() && !QDir::isAbsolutePath(trimmed)) {
        return Error(Error::Kind::InvalidInput,
                     tr("\"%1\" is not a database DriveDeck can use: give a file path or a "
                        "postgresql:// address.")
                         .arg(withoutPassword(trimmed)));
    }
    return sqlite(QDir::fromNativeSeparators(trimmed));
}

QString DatabaseConfig::displayUrl() const
{
    if (engine == Engine::SQLite)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(options);
        url.setQuery(query);
    }
    return url.toDisplayString();
}

QString DatabaseConfig::driverOptions() const
{
    // A dropped network must show as an error within seconds, not hang a write for the minutes
    // TCP would wait: keepalives and a send timeout, unless the URL says otherwise.
    QList<QPair<QString, QString>> all{
        {QStringLiteral("connect_timeout"), QStringLiteral("10")},
        {QStringLiteral("application_name"), QStringLiteral("DriveDeck")},
        {QStringLiteral("keepalives"), QStringLiteral("1")},
        {QStringLiteral("keepalives_idle"), QStringLiteral("5")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("2")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("10000")}};
    for (const auto &option : options) {
        const auto same = std::find_if(all.begin(), all.end(),
                                       [&](const auto &o) { return o.first == option.first; });
        if (same != all.end())
            same->second = option.second;
        else
            all.append(option);
    }
    QStringList parts;
    for (const auto &[key, value] : std::as_const(all)) {
        // libpq's conninfo: a value with spaces or quotes is quoted, its quotes escaped.
        QString quoted = value;
        if (value.isEmpty() || value.contains(u' ') || value.contains(u'\'') ||
            value.contains(u'\\')) {
            quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
            quoted.replace(QStringLiteral("'"), QStringLiteral("\\'"));
            quoted = u'\'' + quoted + u'\'';
        }
        parts.append(key + u'=' + quoted);
    }
    return parts.join(u';');
}

} // namespace DriveDeck
