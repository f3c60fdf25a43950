#include "deck/cardwidget.h"
#include "domain/catalogue.h"
#include "kiosk/passthelaptop.h"
#include "scan/scanview.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "translator.h"
#include "workshop/sessiondocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The timed yes/no scan as a person meets it: keys and buttons, the countdown that records no
// answer, the pause after several, the reaction time from the card's first paint, and the
// reproducible order; checked in the store.
class TestScanView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keys_answerYesAndNo_data();
    void keys_answerYesAndNo();
    void perCardLimit_timeoutIsNoAnswer_seedStored_orderRepeats();
    void reactionTime_runsFromTheFirstPaint();
    void timeoutsInARow_pause_thenGoOnOrStop();
    void heldKey_answersOnce();
    void passTheLaptop_scanForTwo_handOverShowsNothing();

private:
    void open(int secondsPerCard);
    // Shows a scan view for person p with this seed and waits for its first card.
    ScanView *scanFor(int p, quint32 seed);
    Session stored();

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    Session m_session;
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<ScanView> m_view;
    int m_counter = 0;
};

void TestScanView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(u"en"_s);
}

void TestScanView::init()
{
    open(0);
}

void TestScanView::open(int secondsPerCard)
{
    m_view.reset();
    m_document.reset();
    SessionBuilder b(u"Quick scan"_s);
    b.session().id = QUuid::createUuid();
    for (const QString &name : {u"Anouk"_s, u"Bram"_s})
        b.participant(name);
    b.round(u"Scan"_s, PickingRule::scan(secondsPerCard));
    m_session = b.build();
    m_session.rounds[0].question = u"Is this you?"_s;
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_counter)));
    auto store = SessionStore::open(m_config);
    QVERIFY(store.ok() && (*store)->save(m_session).ok());
    m_document = std::make_unique<SessionDocument>(m_config, m_session.id);
    QTRY_VERIFY(m_document->isOpen());
}

void TestScanView::cleanup()
{
    m_view.reset();
    m_document.reset();
}

ScanView *TestScanView::scanFor(int p, quint32 seed)
{
    m_view = std::make_unique<ScanView>(m_document.get());
    m_view->resize(1366, 768);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        return nullptr;
    const Status begun =
        m_view->begin(m_session.rounds.first().id, m_session.participants.at(p).id, seed);
    if (!begun)
        qWarning("%s", qPrintable(begun.errorMessage()));
    if (!QTest::qWaitFor([this] { return m_view->isCardShown(); }))
        return nullptr;
    return m_view.get();
}

Session TestScanView::stored()
{
    if (!QTest::qWaitFor(
            [this] { return m_document->saveState() == SessionDocument::SaveState::Saved; }))
        qFatal("not saved");
    auto store = SessionStore::open(m_config);
    return *(*store)->load(m_session.id);
}

void TestScanView::keys_answerYesAndNo_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("yes");
    QTest::newRow("Y") << int(Qt::Key_Y) << true;
    QTest::newRow("J") << int(Qt::Key_J) << true;
    QTest::newRow("right") << int(Qt::Key_Right) << true;
    QTest::newRow("N") << int(Qt::Key_N) << false;
    QTest::newRow("F") << int(Qt::Key_F) << false;
    QTest::newRow("left") << int(Qt::Key_Left) << false;
}

void TestScanView::keys_answerYesAndNo()
{
    QFETCH(int, key);
    QFETCH(bool, yes);
    ScanView *view = scanFor(0, 7);
    QVERIFY(view);
    const int first = view->currentDrive();
    QCOMPARE(first, ScanRun::orderFor(7).first());
    QCOMPARE(view->card()->driveId(), first);
    QTest::keyClick(view, Qt::Key(key));
    const QList<Pick> picks =
        m_document->session().picksOf(m_session.rounds[0].id, m_session.participants[0].id);
    QCOMPARE(picks.size(), 1);
    QCOMPARE(picks.first().driveId, first);
    QCOMPARE(picks.first().isPositive(), yes);
    QCOMPARE(view->currentDrive(), ScanRun::orderFor(7).at(1));
    // The buttons do the same.
    QTRY_VERIFY(view->isCardShown());
    QTest::mouseClick(view->findChild<QPushButton *>(yes ? u"scanNo"_s : u"scanYes"_s),
                      Qt::LeftButton);
    QCOMPARE(m_document->session().picks.last().isPositive(), !yes);
    QCOMPARE(m_document->session().picks.last().driveId, ScanRun::orderFor(7).at(1));
}

void TestScanView::perCardLimit_timeoutIsNoAnswer_seedStored_orderRepeats()
{
    open(1); // one second per card
    QList<int> shown;
    ScanView *view = scanFor(0, 20261126u);
    QVERIFY(view);
    shown << view->currentDrive();
    connect(view, &ScanView::cardShown, this, [&shown](int drive) { shown << drive; });
    QTest::keyClick(view, Qt::Key_Y);
    QTRY_COMPARE(shown.size(), 2);
    QTest::keyClick(view, Qt::Key_N);
    QTRY_COMPARE(shown.size(), 3);
    // No answer to the third card: after its second, the fourth comes.
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 4, 3000);
    const QList<int> order = ScanRun::orderFor(20261126u);
    QCOMPARE(shown, order.mid(0, 4));

    const Session saved = stored();
    const QUuid round = m_session.rounds[0].id, anouk = m_session.participants[0].id;
    QCOMPARE(saved.scanRun(round, anouk)->seed, 20261126u);
    QCOMPARE(saved.scanRun(round, anouk)->unanswered, QList<int>{order.at(2)});
    const QList<Pick> picks = saved.picksOf(round, anouk);
    QCOMPARE(picks.size(), 2); // the timeout is no pick at all
    QCOMPARE(picks.at(0).driveId, order.at(0));
    QVERIFY(picks.at(0).isPositive());
    QCOMPARE(picks.at(1).driveId, order.at(1));
    QVERIFY(!picks.at(1).isPositive());
    QVERIFY(picks.at(0).reactionTimeMs.has_value());

    // Bram with the same seed sees the same cards in the same order.
    m_view.reset();
    QList<int> bramShown;
    ScanView *bram = scanFor(1, 20261126u);
    QVERIFY(bram);
    bramShown << bram->currentDrive();
    connect(bram, &ScanView::cardShown, this, [&bramShown](int d) { bramShown << d; });
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(bram, Qt::Key_N);
        QTRY_COMPARE(bramShown.size(), i + 2);
    }
    QCOMPARE(bramShown, order.mid(0, 4));
}

void TestScanView::reactionTime_runsFromTheFirstPaint()
{
    const QUuid round = m_session.rounds[0].id, anouk = m_session.participants[0].id;
    ScanView *view = scanFor(0, 3);
    QVERIFY(view);
    for (int wait : {250, 600}) {
        QElapsedTimer sincePaint;
        // Timed from the paint of the next card, as the view does.
        connect(
            view, &ScanView::cardShown, this, [&sincePaint] { sincePaint.start(); },
            Qt::SingleShotConnection);
        const int before = int(m_document->session().picks.size());
        if (before == 0) {
            // The first card is on screen already: clear it, then time the second.
            QTest::keyClick(view, Qt::Key_N);
        } else {
            QTest::keyClick(view, Qt::Key_Y);
        }
        QTRY_VERIFY(sincePaint.isValid());
        QTest::qWait(wait);
        const qint64 waited = sincePaint.elapsed();
        QTest::keyClick(view, Qt::Key_Y);
        const Pick last = m_document->session().picksOf(round, anouk).last();
        QVERIFY(last.reactionTimeMs.has_value());
        qInfo("waited %lld ms, stored %d ms", waited, *last.reactionTimeMs);
        QVERIFY2(qAbs(*last.reactionTimeMs - waited) <= 15,
                 qPrintable(u"stored %1 ms for %2 ms"_s.arg(*last.reactionTimeMs).arg(waited)));
        QVERIFY(*last.reactionTimeMs >= wait);
        QCOMPARE(stored().picksOf(round, anouk).last().reactionTimeMs, last.reactionTimeMs);
        QTRY_VERIFY(view->isCardShown());
    }
}

void TestScanView::timeoutsInARow_pause_thenGoOnOrStop()
{
    open(1);
    ScanView *view = scanFor(0, 5);
    QVERIFY(view);
    QSignalSpy finished(view, &ScanView::finished);
    // Three cards go by without an answer: the scan waits.
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ScanView::State::Paused, 6000);
    QCOMPARE(m_document->session().scanRuns.first().unanswered, ScanRun::orderFor(5).mid(0, 3));
    const auto *pause = view->findChild<QLabel *>(u"scanPauseText"_s);
    QVERIFY(pause->isVisible());
    QVERIFY2(pause->text().startsWith(u"3 cards in a row went by without an answer."_s),
             qPrintable(pause->text()));
    QTest::qWait(1300); // paused: no more timeouts
    QCOMPARE(m_document->session().scanRuns.first().unanswered.size(), 3);
    view->findChild<QPushButton *>(u"scanGoOn"_s)->click();
    QCOMPARE(view->state(), ScanView::State::Running);
    QCOMPARE(view->currentDrive(), ScanRun::orderFor(5).at(3));
    QTRY_VERIFY(view->isCardShown());
    QTest::keyClick(view, Qt::Key_Y);
    // Three more in a row, then stop for now: the scan ends unfinished.
    QTRY_COMPARE_WITH_TIMEOUT(view->state(), ScanView::State::Paused, 6000);
    view->findChild<QPushButton *>(u"scanStop"_s)->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(stored().scanRuns.first().unanswered.size(), 6);
}

void TestScanView::heldKey_answersOnce()
{
    ScanView *view = scanFor(0, 9);
    QVERIFY(view);
    QTest::keyPress(view, Qt::Key_Y);
    // The key repeats while held: those are not answers.
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Y, Qt::NoModifier, u"y"_s, true);
    QApplication::sendEvent(view, &repeat);
    QApplication::sendEvent(view, &repeat);
    QTest::keyRelease(view, Qt::Key_Y);
    QCOMPARE(m_document->session().picks.size(), 1);
    // Nor is a key before the next card has been painted.
    QVERIFY(!view->isCardShown());
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_document->session().picks.size(), 1);
    QTRY_VERIFY(view->isCardShown());
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_document->session().picks.size(), 2);
}

void TestScanView::passTheLaptop_scanForTwo_handOverShowsNothing()
{
    QPointer<PassTheLaptop> kiosk = new PassTheLaptop(m_document.get(), m_session.rounds[0].id);
    kiosk->resize(1366, 768);
    kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(kiosk));
    QStringList earlier;
    for (int person = 0; person < 2; ++person) {
        const QString name = m_session.participants.at(person).displayName;
        QCOMPARE(kiosk->step(), PassTheLaptop::Step::Turn);
        QVERIFY(kiosk->visibleTexts().join(u'\n').contains(name + u", it is your turn"_s));
        kiosk->start();
        QCOMPARE(kiosk->step(), PassTheLaptop::Step::Cards);
        ScanView *scan = kiosk->scan();
        QVERIFY(scan->isVisible());
        QVERIFY(kiosk->visibleTexts().contains(name));
        QStringList yes;
        for (int i = 0; i < DriveCount; ++i) {
            QTRY_VERIFY(scan->isCardShown());
            const bool answer = i % 5 == person;
            if (answer)
                yes << Catalogue::drive(scan->currentDrive()).name();
            QTest::keyClick(scan, answer ? Qt::Key_J : Qt::Key_F);
        }
        QCOMPARE(kiosk->step(), PassTheLaptop::Step::Confirm);
        const QString confirm = kiosk->visibleTexts().join(u'\n');
        QVERIFY2(confirm.contains(u"You said yes to:"_s), qPrintable(confirm));
        for (const QString &card : std::as_const(yes))
            QVERIFY(confirm.contains(card));
        QVERIFY(!kiosk->findChild<QPushButton *>(u"kioskDone"_s)->isVisible());
        kiosk->confirm();
        earlier << name << yes;
        if (person == 0) {
            QCOMPARE(kiosk->step(), PassTheLaptop::Step::HandOver);
            const QString handOver = kiosk->visibleTexts().join(u'\n');
            for (const QString &before : std::as_const(earlier))
                QVERIFY2(!handOver.contains(before), qPrintable(before));
            kiosk->next();
        }
    }
    QCOMPARE(kiosk->step(), PassTheLaptop::Step::Finished);
    const Session saved = stored();
    for (const Participant &p : m_session.participants) {
        QVERIFY(saved.isDone(m_session.rounds[0].id, p.id));
        QCOMPARE(saved.picksOf(m_session.rounds[0].id, p.id).size(), DriveCount);
        QVERIFY(saved.scanRun(m_session.rounds[0].id, p.id));
    }
    kiosk->leave();
    QTRY_VERIFY(!kiosk);
}

QTEST_MAIN(TestScanView)
#include "tst_scanview.moc"
