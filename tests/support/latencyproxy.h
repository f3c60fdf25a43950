#pragma once

#include <QString>

#include <memory>

class QThread;

namespace DriveDeck::Testing {

// A TCP proxy on 127.0.0.1 in a thread of its own, in front of a local server: every chunk of
// bytes waits delayMs each way, so one round trip through it takes 2 × delayMs longer. kill()
// drops every connection and stops listening, as a dead network would; revive() listens again
// on the same port.
class LatencyProxy
{
public:
    LatencyProxy(int targetPort, int delayMs);
    ~LatencyProxy();
    LatencyProxy(const LatencyProxy &) = delete;
    LatencyProxy &operator=(const LatencyProxy &) = delete;

    // Empty on success, else what went wrong.
    QString start();
    int port() const;
    void kill();
    QString revive();
    // Connections accepted so far (a reconnect after kill() is a new one).
    int connections() const;

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace DriveDeck::Testing
