#include "latencyproxy.h"
#include "postgresserver.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/sessiondocument.h"
#include "workshop/sessionwriter.h"

#include <QStandardPaths>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The write queue against a PostgreSQL server across a slow network: a proxy adds 50 ms each way
// (100 ms per round trip), and is killed and brought back while picks are on their way.
class TestSessionWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void thirtyPicks_returnAtOnce_arriveInOrder_surviveALostConnection();
    void noteEdits_waitingInTheQueue_areWrittenOnce();

private:
    // Picks stored now, read directly from the server (not through the proxy).
    QList<Pick> storedPicks();
    Session freshSession(const QString &title);

    PostgresServer m_server;
    std::unique_ptr<LatencyProxy> m_proxy;
    DatabaseConfig m_direct;
    DatabaseConfig m_throughProxy;
    std::unique_ptr<SessionStore> m_store;
    QUuid m_sessionId;
};

void TestSessionWriter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString problem = m_server.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = m_server.createDatabase(u"writer"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_direct = *DatabaseConfig::fromUrl(m_server.url(u"writer"_s));
    auto store = SessionStore::open(m_direct);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(store).value();

    m_proxy = std::make_unique<LatencyProxy>(m_server.port(), 50);
    problem = m_proxy->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_throughProxy = m_direct;
    m_throughProxy.host = u"127.0.0.1"_s;
    m_throughProxy.port = m_proxy->port();
}

void TestSessionWriter::cleanupTestCase()
{
    m_proxy.reset();
    m_store.reset();
    m_server.stop();
}

Session TestSessionWriter::freshSession(const QString &title)
{
    SessionBuilder b(title);
    b.session().id = QUuid::createUuid();
    b.participant(u"Anna"_s).participant(u"Bram"_s).participant(u"Chen"_s);
    b.round(u"Now"_s, PickingRule::choose(1, 24));
    Session session = b.build();
    if (!m_store->save(session))
        qFatal("cannot save the session");
    m_sessionId = session.id;
    return session;
}

QList<Pick> TestSessionWriter::storedPicks()
{
    const auto session = m_store->load(m_sessionId);
    return session ? session->picks : QList<Pick>();
}

void TestSessionWriter::thirtyPicks_returnAtOnce_arriveInOrder_surviveALostConnection()
{
    const Session session = freshSession(u"Slow network"_s);
    SessionDocument document(m_throughProxy, session.id, u"Kim"_s);
    QTRY_VERIFY_WITH_TIMEOUT(document.isOpen(), 15000);
    QList<SessionDocument::SaveState> states;
    connect(&document, &SessionDocument::saveStateChanged, this,
            [&](SessionDocument::SaveState state) { states.append(state); });

    // 30 picks in quick succession: each call returns with the pick shown, long before the
    // database (several round trips of 100 ms per pick) has seen it.
    QList<Pick> made;
    const QDateTime start(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 30; ++i) {
        Pick pick;
        pick.roundId = session.rounds.first().id;
        pick.participantId = session.participants.at(i % 3).id;
        pick.driveId = i / 3 + 1; // everyone picks cards 1 to 10, in turn
        pick.madeAt = start.addMSecs(i * 137);
        const Status added = document.addPick(pick);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        made.append(pick);
    }
    QCOMPARE(document.session().picks, made);
    QVERIFY2(storedPicks().size() <= 1, "addPick waited for the database");
    QCOMPARE(document.unsavedChanges(), 30);

    // The connection dies after a third of them has arrived, and comes back 1.5 s later.
    QTRY_VERIFY_WITH_TIMEOUT(storedPicks().size() >= 10, 60000);
    const int connectionsBefore = m_proxy->connections();
    m_proxy->kill();
    QTRY_COMPARE_WITH_TIMEOUT(document.saveState(), SessionDocument::SaveState::Retrying, 15000);
    QCOMPARE(document.lastError().kind(), Error::Kind::Unreachable);
    QVERIFY(document.unsavedChanges() > 0);
    QTest::qWait(1500);
    QCOMPARE(m_proxy->revive(), QString());
    document.retryNow();

    QTRY_COMPARE_WITH_TIMEOUT(document.saveState(), SessionDocument::SaveState::Saved, 120000);
    QVERIFY(m_proxy->connections() > connectionsBefore);
    QVERIFY(states.contains(SessionDocument::SaveState::Retrying));
    QCOMPARE(states.last(), SessionDocument::SaveState::Saved);

    // All 30, in the order they were made, each once, and exactly as made.
    const Session reloaded = *m_store->load(session.id);
    QCOMPARE(reloaded.picks.size(), 30);
    QCOMPARE(reloaded.picks, made);
    QCOMPARE(reloaded.revision, session.revision + 30);
    QCOMPARE(document.session().revision, reloaded.revision);
    QCOMPARE(document.session(), reloaded);
}

void TestSessionWriter::noteEdits_waitingInTheQueue_areWrittenOnce()
{
    const Session session = freshSession(u"Typing a story"_s);
    Pick pick;
    pick.roundId = session.rounds.first().id;
    pick.participantId = session.participants.first().id;
    pick.driveId = 4;

    SessionWriter writer(m_throughProxy, session.id, u"Kim"_s);
    // The writer signals from its own thread: received here through queued connections (a
    // QSignalSpy would record on the writer's thread while this one reads).
    bool opened = false;
    QList<quint64> written;
    connect(&writer, &SessionWriter::opened, this, [&] { opened = true; });
    connect(&writer, &SessionWriter::written, this,
            [&](quint64 seq, qint64) { written.append(seq); });
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(opened, 15000);
    writer.enqueue(1, Change::AddPick{pick});
    // While the pick is on its way, a story is typed in five goes.
    for (int i = 2; i <= 6; ++i) {
        pick.note = u"Tea with my neighbours"_s.left(i * 4);
        writer.enqueue(quint64(i), Change::UpdatePick{pick});
    }
    QCOMPARE(writer.pendingCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 30000);
    QCOMPARE(written, (QList<quint64>{1, 6}));
    const Session reloaded = *m_store->load(session.id);
    QCOMPARE(reloaded.picks.size(), 1);
    QCOMPARE(reloaded.picks.first().note, u"Tea with my neighbours"_s.left(24));
    // One pick and one note: two revisions, not six.
    QCOMPARE(reloaded.revision, session.revision + 2);
}

QTEST_GUILESS_MAIN(TestSessionWriter)
#include "tst_sessionwriter.moc"
