#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace DriveDeck::Testing {

// A throwaway PostgreSQL server for one test run: initdb into a temporary folder, listening on
// a free port on 127.0.0.1 only, stopped when this object goes away. PostgreSQL refuses to run
// as root, so as root the folder is handed to the "postgres" user and the server runs as that
// user. The server also dies with the test process (PR_SET_PDEATHSIG), so a crashed test
// leaves no server behind.
class PostgresServer
{
public:
    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    struct Options
    {
        // Connections over TCP need a password (scram-sha-256), as on an organisation's server;
        // the helper's own connections use the Unix socket, which trusts.
        bool passwords = false;
        // TLS with a self-signed certificate for 127.0.0.1, made by openssl for this server;
        // certificate() is the file a client trusts it with (sslrootcert).
        bool tls = false;
    };

    // Empty on success, else what went wrong.
    QString start(const Options &options);
    QString start() { return start(Options{}); }
    void stop();
    bool isRunning() const { return m_server.state() == QProcess::Running; }

    int port() const { return m_port; }
    // A fresh, empty database on this server; empty on success.
    QString createDatabase(const QString &name);
    QString url(const QString &database) const;
    // Runs statements as the server's superuser in database; empty on success.
    QString execute(const QString &database, const QStringList &statements);

    static QString binDir();
    // A self-signed certificate and its key for the host 127.0.0.1, as folder/name.crt and
    // folder/name.key; empty on success.
    static QString makeCertificate(const QString &folder, const QString &name);
    QString certificate() const;
    // The folder of the server's Unix socket: PGHOST for PostgreSQL's own tools as superuser.
    QString socketFolder() const { return m_dir.path(); }
    static QString superuser();

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
};

} // namespace DriveDeck::Testing
