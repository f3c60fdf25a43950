#include "latencyproxy.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>

namespace DriveDeck::Testing {

// One direction of one connection: bytes read from `from` are written to `to` delayMs later, in
// the order they came.
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *from, QTcpSocket *to, int delayMs)
        : QObject(from)
        , m_to(to)
        , m_delayMs(delayMs)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { deliver(); });
        QObject::connect(from, &QTcpSocket::readyRead, this, [this, from] {
            m_queue.push_back({QDeadlineTimer(m_delayMs, Qt::PreciseTimer), from->readAll()});
            if (!m_timer.isActive())
                m_timer.start(int(m_queue.front().first.remainingTime()));
        });
    }

private:
    void deliver()
    {
        while (!m_queue.empty() && m_queue.front().first.hasExpired()) {
            if (m_to)
                m_to->write(m_queue.front().second);
            m_queue.pop_front();
        }
        if (!m_queue.empty())
            m_timer.start(int(std::max<qint64>(0, m_queue.front().first.remainingTime())));
    }

    QPointer<QTcpSocket> m_to;
    int m_delayMs;
    QTimer m_timer;
    std::deque<std::pair<QDeadlineTimer, QByteArray>> m_queue;
};

class LatencyProxy::Worker : public QObject
{
public:
    Worker(int targetPort, int delayMs)
        : m_targetPort(targetPort)
        , m_delayMs(delayMs)
    {}

    QString listen(quint16 port)
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        }
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return m_server->errorString();
        m_port = m_server->serverPort();
        return {};
    }

    void kill()
    {
        m_server->close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket) {
                socket->abort();
                socket->deleteLater();
            }
        }
        m_sockets.clear();
    }

    std::atomic<int> port{0};
    std::atomic<int> accepted{0};
    quint16 m_port = 0;

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            ++accepted;
            auto *upstream = new QTcpSocket(this);
            upstream->connectToHost(QHostAddress::LocalHost, quint16(m_targetPort));
            if (!upstream->waitForConnected(5000)) {
                client->abort();
                client->deleteLater();
                upstream->deleteLater();
                continue;
            }
            new Pipe(client, upstream, m_delayMs);
            new Pipe(upstream, client, m_delayMs);
            // One side closing closes the other, as a real connection would.
            QObject::connect(client, &QTcpSocket::disconnected, upstream,
                             &QTcpSocket::disconnectFromHost);
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             &QTcpSocket::disconnectFromHost);
            m_sockets.append(client);
            m_sockets.append(upstream);
        }
    }

    int m_targetPort;
    int m_delayMs;
    QTcpServer *m_server = nullptr;
    QList<QPointer<QTcpSocket>> m_sockets;
};

LatencyProxy::LatencyProxy(int targetPort, int delayMs)
    : m_thread(new QThread)
    , m_worker(new Worker(targetPort, delayMs))
{
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

LatencyProxy::~LatencyProxy()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_worker->kill();
            delete m_worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString LatencyProxy::start()
{
    QString error;
    QMetaObject::invokeMethod(
        m_worker, [this, &error] { error = m_worker->listen(0); }, Qt::BlockingQueuedConnection);
    m_worker->port = m_worker->m_port;
    return error;
}

int LatencyProxy::port() const
{
    return m_worker->port;
}

void LatencyProxy::kill()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->kill(); }, Qt::BlockingQueuedConnection);
}

QString LatencyProxy::revive()
{
    QString error;
    QMetaObject::invokeMethod(
        m_worker, [this, &error] { error = m_worker->listen(quint16(m_worker->port.load())); },
        Qt::BlockingQueuedConnection);
    return error;
}

int LatencyProxy::connections() const
{
    return m_worker->accepted;
}

} // namespace DriveDeck::Testing
