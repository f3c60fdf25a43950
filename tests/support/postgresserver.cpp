#include "postgresserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DriveDeck::Testing {

namespace {

const QString User = QStringLiteral("drivedeck");

bool isRoot()
{
    return ::geteuid() == 0;
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

QString PostgresServer::binDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::makeCertificate(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                   dir.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"),
                   dir.filePath(name + QStringLiteral(".crt"))});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return QStringLiteral("openssl could not make a certificate (Debian package openssl): "
                              "%1 %2")
            .arg(QString::fromLocal8Bit(openssl.readAll()), openssl.errorString());
    return {};
}

QString PostgresServer::superuser()
{
    return User;
}

QString PostgresServer::certificate() const
{
    return m_dir.filePath(QStringLiteral("server.crt"));
}

QString PostgresServer::start(const Options &options)
{
    const QString bin = binDir();
    if (bin.isEmpty())
        return QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)");
    if (!m_dir.isValid())
        return QStringLiteral("cannot create a temporary folder");
    const QString data = m_dir.filePath(QStringLiteral("data"));

    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    if (isRoot()) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres)
            return QStringLiteral("running as root, but there is no \"postgres\" user");
        uid = postgres->pw_uid;
        gid = postgres->pw_gid;
        if (::chown(QFile::encodeName(m_dir.path()).constData(), uid, gid) != 0)
            return QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
    }

    QProcess initdb;
    initdb.setWorkingDirectory(m_dir.path());
    QStringList arguments{QStringLiteral("-D"),
                          data,
                          QStringLiteral("-U"),
                          User,
                          options.passwords ? QStringLiteral("--auth-host=scram-sha-256")
                                            : QStringLiteral("--auth-host=trust"),
                          QStringLiteral("--auth-local=trust"),
                          QStringLiteral("--encoding=UTF8"),
                          QStringLiteral("--locale=C.UTF-8"),
                          QStringLiteral("--no-sync")};
    if (isRoot()) {
        arguments.prepend(bin + QStringLiteral("/initdb"));
        arguments.prepend(QStringLiteral("--"));
        arguments.prepend(QStringLiteral("postgres"));
        arguments.prepend(QStringLiteral("-u"));
        initdb.start(QStringLiteral("runuser"), arguments);
    } else {
        initdb.start(bin + QStringLiteral("/initdb"), arguments);
    }
    if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0) {
        return QStringLiteral("initdb failed: %1 %2")
            .arg(QString::fromLocal8Bit(initdb.readAllStandardError()), initdb.errorString());
    }

    QStringList tlsSettings;
    if (options.tls) {
        if (const QString problem = makeCertificate(m_dir.path(), QStringLiteral("server"));
            !problem.isEmpty())
            return problem;
        // PostgreSQL reads its key only when the key is its own and private.
        const QByteArray key = QFile::encodeName(m_dir.filePath(QStringLiteral("server.key")));
        const QByteArray certificateFile = QFile::encodeName(certificate());
        if (::chmod(key.constData(), 0600) != 0 || ::chown(key.constData(), uid, gid) != 0 ||
            ::chown(certificateFile.constData(), uid, gid) != 0)
            return QStringLiteral("cannot hand the server's key to its user");
        tlsSettings = {
            QStringLiteral("-c"), QStringLiteral("ssl=on"),
            QStringLiteral("-c"), QStringLiteral("ssl_cert_file=") + certificate(),
            QStringLiteral("-c"), QStringLiteral("ssl_key_file=") + QString::fromLocal8Bit(key)};
    }

    m_port = freePort();
    if (m_port == 0)
        return QStringLiteral("no free port on 127.0.0.1");
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
    m_server.setWorkingDirectory(m_dir.path());
    m_server.setChildProcessModifier([uid, gid] {
        if (::getegid() != gid && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0))
            ::_exit(126);
        if (::geteuid() != uid && ::setuid(uid) != 0)
            ::_exit(126);
        // After the change of user: a credential change clears the parent-death signal.
        ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
    });
    const QStringList settings{
        QStringLiteral("-D"), data,
        QStringLiteral("-p"), QString::number(m_port),
        QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
        QStringLiteral("-c"), QStringLiteral("unix_socket_directories=") + m_dir.path(),
        QStringLiteral("-c"), QStringLiteral("max_connections=40"),
        QStringLiteral("-c"), QStringLiteral("fsync=off")};
    m_server.start(bin + QStringLiteral("/postgres"), settings + tlsSettings);
    if (!m_server.waitForStarted(10000))
        return QStringLiteral("postgres did not start: %1").arg(m_server.errorString());

    // Ready when it accepts a connection.
    const QDeadlineTimer deadline(60000);
    const QString probe = QStringLiteral("drivedeck-test-probe");
    QString lastError;
    while (!deadline.hasExpired()) {
        if (m_server.state() != QProcess::Running)
            break;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), probe);
            db.setHostName(m_dir.path()); // the socket: it trusts, whatever TCP asks
            db.setPort(m_port);
            db.setUserName(User);
            db.setDatabaseName(QStringLiteral("postgres"));
            const bool open = db.open();
            lastError = db.lastError().text();
            db.close();
            if (open) {
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(probe);
                return {};
            }
        }
        QSqlDatabase::removeDatabase(probe);
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    log.open(QIODevice::ReadOnly);
    return QStringLiteral("postgres did not accept connections: %1\n%2")
        .arg(lastError, QString::fromLocal8Bit(log.readAll()));
}

void PostgresServer::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    // SIGINT is PostgreSQL's fast shutdown: it does not wait for clients to leave.
    ::kill(pid_t(m_server.processId()), SIGINT);
    if (!m_server.waitForFinished(20000)) {
        ::kill(pid_t(m_server.processId()), SIGKILL);
        m_server.waitForFinished(5000);
    }
}

QString PostgresServer::createDatabase(const QString &name)
{
    return execute(QStringLiteral("postgres"),
                   {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name),
                    QStringLiteral("CREATE DATABASE %1").arg(name)});
}

QString PostgresServer::execute(const QString &database, const QStringList &statements)
{
    const QString connection = QStringLiteral("drivedeck-test-execute");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_dir.path());
        db.setPort(m_port);
        db.setUserName(User);
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    error = query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(User).arg(m_port).arg(database);
}

} // namespace DriveDeck::Testing
