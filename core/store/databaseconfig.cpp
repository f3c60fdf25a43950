#include "store/databaseconfig.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

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
        if (!url.isValid() || url.host().isEmpty()) {
            return Error(Error::Kind::InvalidInput,
                         tr("\"%1\" is not a PostgreSQL address; write it as "
                            "postgresql://user@host:port/database.")
                             .arg(QUrl(trimmed).toDisplayString(QUrl::RemovePassword)));
        }
        config.host = url.host();
        config.port = url.port(5432);
        config.user = url.userName(QUrl::FullyDecoded);
        config.password = url.password(QUrl::FullyDecoded);
        config.database = url.path(QUrl::FullyDecoded).mid(1);
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
                         .arg(trimmed));
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
    return url.toDisplayString();
}

} // namespace DriveDeck
