#include "handover/instancechannel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QStandardPaths>

namespace DriveDeck {

namespace {

// One message each way: the paths as a JSON array on one line, then "ok".
constexpr qsizetype MaxMessage = 1 << 20;
const QByteArray Taken = QByteArrayLiteral("ok\n");

} // namespace

QString InstanceChannel::defaultName()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("drivedeck-window"));
}

InstanceChannel::InstanceChannel(QString name, QObject *parent)
    : FileHandOver(parent)
    , m_name(std::move(name))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
}

bool InstanceChannel::handOver(const QStringList &files, const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    socket.write(QJsonDocument(paths).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == Taken;
}

bool InstanceChannel::listen()
{
    // Qt puts a new socket in place of an old one, so ask first: a running DriveDeck answers,
    // and a crashed one left a file nobody answers on, which goes.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}

void InstanceChannel::accept()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxMessage)
                    socket->abort();
                return;
            }
            const QJsonDocument message = QJsonDocument::fromJson(socket->readLine(MaxMessage));
            QStringList files;
            for (const QJsonValue &path : message.array()) {
                if (path.isString() && QDir::isAbsolutePath(path.toString()))
                    files.append(path.toString());
            }
            socket->write(Taken);
            socket->flush();
            socket->disconnectFromServer();
            if (!files.isEmpty())
                Q_EMIT filesArrived(files);
        });
    }
}

} // namespace DriveDeck
