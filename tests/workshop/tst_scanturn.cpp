#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/scanturn.h"
#include "workshop/sessiondocument.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// One person's turn at a yes/no scan: the stored seed decides the order, answers become picks
// with their reaction times, timeouts are recorded as no answer, and everything reaches the
// database.
class TestScanTurn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void start_storesTheSeed_andTheOrderFollowsIt();
    void answersAndTimeouts_areRecordedInOrder();
    void timeoutsInARow_askForAPause();
    void undo_bringsTheCardBack();
    void wholeScan_reachesTheStore();
    void removingThePersonOrRound_andUndo_keepTheScan();
    void refusals_data();
    void refusals();

private:
    Session stored() const;

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    Session m_session;
    std::unique_ptr<SessionDocument> m_document;
    int m_counter = 0;
};

void TestScanTurn::init()
{
    SessionBuilder b(u"Quick scan"_s);
    b.session().id = QUuid::createUuid();
    b.participant(u"Anouk"_s).participant(u"Bram"_s);
    b.round(u"Scan"_s, PickingRule::scan(4)).round(u"Choose"_s, PickingRule::choose(1, 3));
    m_session = b.build();
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"scan%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(m_config);
    QVERIFY(store.ok() && (*store)->save(m_session).ok());
    m_document = std::make_unique<SessionDocument>(m_config, m_session.id);
    QTRY_VERIFY(m_document->isOpen());
}

void TestScanTurn::cleanup()
{
    m_document.reset();
}

Session TestScanTurn::stored() const
{
    // Every change written, then read back through a store of its own.
    if (!QTest::qWaitFor(
            [this] { return m_document->saveState() == SessionDocument::SaveState::Saved; }))
        qFatal("the document did not save");
    auto store = SessionStore::open(m_config);
    return *(*store)->load(m_session.id);
}

void TestScanTurn::start_storesTheSeed_andTheOrderFollowsIt()
{
    const QUuid round = m_session.rounds.at(0).id, anouk = m_session.participants.at(0).id;
    ScanTurn turn(m_document.get(), round, anouk);
    QSignalSpy scanChanged(m_document.get(), &SessionDocument::scanRunChanged);
    QVERIFY(turn.start(20261126u).ok());
    QCOMPARE(scanChanged.size(), 1);
    QCOMPARE(turn.seed(), 20261126u);
    QCOMPARE(turn.order(), ScanRun::orderFor(20261126u));
    QCOMPARE(turn.currentDrive(), 21); // the first card of that seed's order
    QCOMPARE(stored().scanRun(round, anouk)->seed, 20261126u);

    // Starting again (after a pause, on another screen) keeps the stored seed and the order.
    ScanTurn again(m_document.get(), round, anouk);
    QVERIFY(again.start(5u).ok());
    QCOMPARE(again.seed(), 20261126u);
    QCOMPARE(again.order(), turn.order());
    QCOMPARE(scanChanged.size(), 1);

    // Without a seed given, each person gets a fresh one.
    ScanTurn bram(m_document.get(), round, m_session.participants.at(1).id);
    QVERIFY(bram.start().ok());
    QCOMPARE(m_document->session().scanRuns.size(), 2);
    QCOMPARE(m_document->session().scanRuns.last().seed, bram.seed());
}

void TestScanTurn::answersAndTimeouts_areRecordedInOrder()
{
    const QUuid round = m_session.rounds.at(0).id, anouk = m_session.participants.at(0).id;
    ScanTurn turn(m_document.get(), round, anouk);
    QVERIFY(turn.start(7u).ok());
    const QList<int> order = turn.order();
    QVERIFY(turn.answer(true, 420).ok());
    QVERIFY(turn.answer(false, 1310).ok());
    QVERIFY(turn.timeOut().ok());
    QCOMPARE(turn.currentDrive(), order.at(3));
    QCOMPARE(turn.seenCount(), 3);
    QCOMPARE(turn.answeredYes(), 1);
    const Session &s = m_document->session();
    QCOMPARE(s.progressCount(round, anouk), 3);
    const QList<Pick> picks = s.picksOf(round, anouk);
    QCOMPARE(picks.size(), 2);
    QCOMPARE(picks.at(0).driveId, order.at(0));
    QCOMPARE(picks.at(0).polarity, Polarity::Positive);
    QCOMPARE(picks.at(0).reactionTimeMs, 420);
    QCOMPARE(picks.at(1).driveId, order.at(1));
    QCOMPARE(picks.at(1).polarity, Polarity::Negative);
    QCOMPARE(picks.at(1).reactionTimeMs, 1310);
    QCOMPARE(s.scanRun(round, anouk)->unanswered, QList<int>{order.at(2)});
    QCOMPARE(m_document->undoStack()->undoText(),
             u"No answer from Anouk on %1"_s.arg(Catalogue::drive(order.at(2)).name()));
}

void TestScanTurn::timeoutsInARow_askForAPause()
{
    ScanTurn turn(m_document.get(), m_session.rounds.at(0).id, m_session.participants.at(0).id);
    QVERIFY(turn.start(1u).ok());
    QVERIFY(turn.timeOut().ok());
    QVERIFY(turn.timeOut().ok());
    QVERIFY(!turn.shouldPause());
    QVERIFY(turn.answer(true, 900).ok()); // an answer in between: they are still there
    QCOMPARE(turn.timeoutsInARow(), 0);
    for (int i = 0; i < ScanTurn::PauseAfterTimeouts; ++i)
        QVERIFY(turn.timeOut().ok());
    QVERIFY(turn.shouldPause());
    turn.resume();
    QVERIFY(!turn.shouldPause());
    QCOMPARE(turn.seenCount(), 6);
}

void TestScanTurn::undo_bringsTheCardBack()
{
    ScanTurn turn(m_document.get(), m_session.rounds.at(0).id, m_session.participants.at(0).id);
    QVERIFY(turn.start(3u).ok());
    const int first = turn.currentDrive();
    QVERIFY(turn.answer(true, 500).ok());
    QVERIFY(turn.timeOut().ok());
    m_document->undoStack()->undo(); // the timeout
    QCOMPARE(turn.currentDrive(), turn.order().at(1));
    m_document->undoStack()->undo(); // the answer
    QCOMPARE(turn.currentDrive(), first);
    QCOMPARE(turn.seenCount(), 0);
}

void TestScanTurn::wholeScan_reachesTheStore()
{
    const QUuid round = m_session.rounds.at(0).id, bram = m_session.participants.at(1).id;
    ScanTurn turn(m_document.get(), round, bram);
    QVERIFY(turn.start(99u).ok());
    // Yes to every third card, a timeout on the fifth, no to the rest.
    for (int i = 0; i < DriveCount; ++i) {
        QVERIFY(!turn.isFinished());
        const Status done = i == 4 ? turn.timeOut() : turn.answer(i % 3 == 0, 300 + i);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    }
    QVERIFY(turn.isFinished());
    QCOMPARE(turn.currentDrive(), 0);
    QVERIFY(m_document->session().isDone(round, bram));
    QCOMPARE(turn.answer(true, 1).errorMessage(), u"Every card has been answered already."_s);

    const Session loaded = stored();
    QCOMPARE(loaded.scanRuns, m_document->session().scanRuns);
    QCOMPARE(loaded.scanRun(round, bram)->unanswered, QList<int>{ScanRun::orderFor(99).at(4)});
    const QList<Pick> picks = loaded.picksOf(round, bram);
    QCOMPARE(picks.size(), DriveCount - 1);
    QCOMPARE(picks, m_document->session().picksOf(round, bram));
    QCOMPARE(picks.at(4).driveId, ScanRun::orderFor(99).at(5));
    QCOMPARE(picks.at(4).reactionTimeMs, 305);
}

void TestScanTurn::removingThePersonOrRound_andUndo_keepTheScan()
{
    const QUuid round = m_session.rounds.at(0).id, anouk = m_session.participants.at(0).id;
    ScanTurn turn(m_document.get(), round, anouk);
    QVERIFY(turn.start(11u).ok());
    QVERIFY(turn.timeOut().ok());
    const QList<ScanRun> scans = m_document->session().scanRuns;
    QCOMPARE(scans.size(), 1);
    QVERIFY(m_document->removeParticipant(anouk).ok());
    QVERIFY(m_document->session().scanRuns.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->session().scanRuns, scans);
    QVERIFY(m_document->removeRound(round).ok());
    QVERIFY(m_document->session().scanRuns.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->session().scanRuns, scans);
    QCOMPARE(stored().scanRuns, scans);
}

void TestScanTurn::refusals_data()
{
    QTest::addColumn<int>("round");
    QTest::addColumn<bool>("someoneElse");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a scan") << 1 << false << u"“Choose” is not a yes/no scan."_s;
    QTest::newRow("not in the round") << 0 << true << u"Cas does not take part in “Scan”."_s;
}

void TestScanTurn::refusals()
{
    QFETCH(int, round);
    QFETCH(bool, someoneElse);
    QFETCH(QString, message);
    QUuid person = m_session.participants.at(0).id;
    if (someoneElse) {
        const Participant cas{QUuid::createUuid(), u"Cas"_s, {}};
        QVERIFY(m_document->addParticipant(cas, QList<QUuid>{}).ok());
        person = cas.id;
    }
    ScanTurn turn(m_document.get(), m_session.rounds.at(round).id, person);
    QCOMPARE(turn.start(1u).errorMessage(), message);
    QVERIFY(m_document->session().scanRuns.isEmpty());
}

QTEST_GUILESS_MAIN(TestScanTurn)
#include "tst_scanturn.moc"
