#include "handover/instancechannel.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace Qt::StringLiterals;
using DriveDeck::InstanceChannel;

// A second start hands its files to the running window over a private local socket.
class TestInstanceChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handOver_reachesTheListeningWindow_asAbsolutePaths();
    void handOver_withNobodyListening_saysNo();
    void listen_secondListener_isRefused();
    void listen_socketLeftByACrash_isTakenOver();
    void garbage_isAnsweredAndIgnored();

private:
    QString name(const QString &suffix) const { return m_dir.filePath(u"window-"_s + suffix); }

    QTemporaryDir m_dir;
};

void TestInstanceChannel::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestInstanceChannel::handOver_reachesTheListeningWindow_asAbsolutePaths()
{
    InstanceChannel window(name(u"a"_s));
    QVERIFY(window.listen());
    QSignalSpy arrived(&window, &InstanceChannel::filesArrived);
    // The second start blocks on the socket, as it does before it has a window: another thread.
    auto second = std::async(std::launch::async, [this] {
        return InstanceChannel::handOver({u"/tmp/a b.drivedeck"_s, u"relative.drivedeck"_s},
                                         name(u"a"_s), 5000);
    });
    QVERIFY(arrived.wait(5000));
    QVERIFY(second.get());
    QCOMPARE(
        arrived.first().first().toStringList(),
        (QStringList{u"/tmp/a b.drivedeck"_s, QDir::current().filePath(u"relative.drivedeck"_s)}));
}

void TestInstanceChannel::handOver_withNobodyListening_saysNo()
{
    QVERIFY(!InstanceChannel::handOver({u"/tmp/x.drivedeck"_s}, name(u"nobody"_s), 500));
}

void TestInstanceChannel::listen_secondListener_isRefused()
{
    InstanceChannel first(name(u"b"_s));
    QVERIFY(first.listen());
    InstanceChannel second(name(u"b"_s));
    QVERIFY(!second.listen());
    QVERIFY(first.isListening());
}

void TestInstanceChannel::listen_socketLeftByACrash_isTakenOver()
{
    // What a crashed DriveDeck leaves: the socket's file, with nobody behind it.
    QFile left(name(u"c"_s));
    QVERIFY(left.open(QIODevice::WriteOnly));
    left.close();
    InstanceChannel window(name(u"c"_s));
    QVERIFY(window.listen());
    QSignalSpy arrived(&window, &InstanceChannel::filesArrived);
    auto second = std::async(std::launch::async, [this] {
        return InstanceChannel::handOver({u"/tmp/y.drivedeck"_s}, name(u"c"_s), 5000);
    });
    QVERIFY(arrived.wait(5000));
    QVERIFY(second.get());
}

void TestInstanceChannel::garbage_isAnsweredAndIgnored()
{
    InstanceChannel window(name(u"d"_s));
    QVERIFY(window.listen());
    QSignalSpy arrived(&window, &InstanceChannel::filesArrived);
    auto answer = std::async(std::launch::async, [this] {
        QLocalSocket socket;
        socket.connectToServer(name(u"d"_s));
        if (!socket.waitForConnected(5000))
            return QByteArray("not connected");
        socket.write("{\"not\": \"a list\"} [\"relative/path\"]\n");
        socket.waitForBytesWritten(5000);
        QByteArray said;
        while (!said.endsWith('\n') && socket.waitForReadyRead(5000))
            said += socket.readAll();
        return said;
    });
    QTRY_VERIFY(answer.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready);
    QCOMPARE(answer.get(), QByteArray("ok\n"));
    QCOMPARE(arrived.size(), 0);
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
