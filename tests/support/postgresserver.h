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

    // Empty on success, else what went wrong.
    QString start();
    void stop();
    bool isRunning() const { return m_server.state() == QProcess::Running; }

    int port() const { return m_port; }
    // A fresh, empty database on this server; empty on success.
    QString createDatabase(const QString &name);
    QString url(const QString &database) const;
    // Runs statements as the server's superuser in database; empty on success.
    QString execute(const QString &database, const QStringList &statements);

    static QString binDir();

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
};

} // namespace DriveDeck::Testing
