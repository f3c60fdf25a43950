#include "io/sessionfile.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/sessionlibrary.h"
#include "workshop/sessionlistmodel.h"
#include "workshop/taskprogress.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace DriveDeck;
using namespace DriveDeck::Testing;
using namespace Qt::StringLiterals;

// The window's access to the saved sessions, on a thread of its own.
class TestSessionLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void open_listsTheSessions();
    void import_thenRemove_updatesTheList();
    void open_unreachableServer_isUnreachableAndKeepsTheOldDatabase();
    void open_returnsBeforeTheDatabaseAnswers();
    void import_reportsProgress_andCancelLeavesNothing();
    void nextStart_showsLastListAtOnce_thenTheDatabases();
    void heldListing_waitsUntilLetGo();

private:
    Status openAndWait(SessionLibrary &library, const DatabaseConfig &config);

    QTemporaryDir m_dir;
};

Status TestSessionLibrary::openAndWait(SessionLibrary &library, const DatabaseConfig &config)
{
    std::optional<Status> answer;
    library.open(config, [&](const Status &status) { answer = status; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        return Error(u"no answer"_s);
    return *answer;
}

void TestSessionLibrary::nextStart_showsLastListAtOnce_thenTheDatabases()
{
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"cached.sqlite"_s));
    QUuid kept;
    QUuid goneSince;
    {
        auto store = SessionStore::open(config);
        QVERIFY(store.ok());
        for (const QString &title : {u"Kept"_s, u"Gone since"_s}) {
            SessionBuilder b(title);
            b.session().id = QUuid::createUuid();
            b.participant(u"Anna"_s).round(u"Now"_s);
            Session s = b.build();
            QVERIFY((*store)->save(s).ok());
            (title == u"Kept"_s ? kept : goneSince) = b.session().id;
        }
    }
    {
        SessionLibrary first;
        QVERIFY(openAndWait(first, config).ok());
        QTRY_VERIFY(first.isListed());
        QCOMPARE(first.model()->rowCount(), 2);
    }
    // Meanwhile a colleague deleted one.
    {
        auto store = SessionStore::open(config);
        QVERIFY(store.ok() && (*store)->remove(goneSince).ok());
    }
    SessionLibrary next;
    QAbstractItemModelTester tester(next.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::optional<Status> answer;
    // The list as it was, read on the library's thread: there before the database answers.
    bool answeredBeforeTheKeptList = true;
    connect(next.model(), &SessionListModel::knownChanged, this, [&] {
        answeredBeforeTheKeptList = answer.has_value() || next.isListed();
        QCOMPARE(next.model()->rowCount(), 2);
    });
    next.open(config, [&](const Status &status) { answer = status; });
    QVERIFY(!next.model()->isKnown());
    QTRY_VERIFY(next.model()->isKnown());
    QVERIFY(!answeredBeforeTheKeptList);
    // Then the database's own list.
    QTRY_VERIFY(next.isListed());
    QCOMPARE(next.model()->rowCount(), 1);
    QCOMPARE(next.model()->sessions().first().id, kept);
}

void TestSessionLibrary::open_listsTheSessions()
{
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"list.sqlite"_s));
    {
        auto store = SessionStore::open(config);
        QVERIFY(store.ok());
        SessionBuilder b(u"Kick-off"_s);
        b.participant(u"Anna"_s).round(u"Now"_s).picks(0, 0, {1, 2});
        Session s = b.build();
        QVERIFY((*store)->save(s).ok());
    }
    SessionLibrary library;
    QAbstractItemModelTester tester(library.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openAndWait(library, config).ok());
    QVERIFY(library.isOpen());
    QTRY_COMPARE(library.model()->rowCount(), 1);
    QCOMPARE(library.model()->sessions().first().title, u"Kick-off"_s);
    QCOMPARE(library.model()->sessions().first().participants, 1);
}

void TestSessionLibrary::import_thenRemove_updatesTheList()
{
    SessionLibrary library;
    QAbstractItemModelTester tester(library.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openAndWait(library, DatabaseConfig::sqlite(m_dir.filePath(u"import.sqlite"_s))).ok());

    std::optional<Result<Session>> read;
    bool alreadyStored = true;
    library.readFile(QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/workshop.csv"),
                     [&](const Result<Session> &session, bool stored) {
                         read = session;
                         alreadyStored = stored;
                     });
    QTRY_VERIFY(read.has_value());
    QVERIFY(read->ok());
    QVERIFY(!alreadyStored);

    std::optional<Result<Session>> imported;
    library.importSession(**read, SessionExchange::WhenExists::ImportCopy,
                          [&](const Result<Session> &session) { imported = session; });
    QTRY_VERIFY(imported.has_value());
    QVERIFY(imported->ok());
    // The list is up to date when the answer comes.
    QCOMPARE(library.model()->rowCount(), 1);
    QCOMPARE(library.model()->rowOf((*imported)->id), 0);

    const QString path = m_dir.filePath(u"export.drivedeck"_s);
    std::optional<Result<Session>> exported;
    library.exportSession((*imported)->id, path,
                          [&](const Result<Session> &session) { exported = session; });
    QTRY_VERIFY(exported.has_value());
    QVERIFY(exported->ok());
    QCOMPARE(SessionFile::read(path)->picks, (*imported)->picks);

    std::optional<Status> removed;
    library.remove((*imported)->id, [&](const Status &status) { removed = status; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QTRY_COMPARE(library.model()->rowCount(), 0);

    std::optional<Status> again;
    library.remove((*imported)->id, [&](const Status &status) { again = status; });
    QTRY_VERIFY(again.has_value());
    QCOMPARE(again->errorKind(), Error::Kind::NotFound);
}

void TestSessionLibrary::open_unreachableServer_isUnreachableAndKeepsTheOldDatabase()
{
    SessionLibrary library;
    const DatabaseConfig local = DatabaseConfig::sqlite(m_dir.filePath(u"kept.sqlite"_s));
    QVERIFY(openAndWait(library, local).ok());

    // A port nobody listens on: taken and freed again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const auto config =
        DatabaseConfig::fromUrl(u"postgresql://kim@127.0.0.1:%1/drives"_s.arg(port));
    QVERIFY(config.ok());
    const Status status = openAndWait(library, *config);
    QVERIFY(!status.ok());
    QCOMPARE(status.errorKind(), Error::Kind::Unreachable);
    QVERIFY2(status.errorMessage().contains(u"127.0.0.1"_s), qPrintable(status.errorMessage()));
    QCOMPARE(library.config().path, local.path);
    QVERIFY(library.isOpen());
}

void TestSessionLibrary::open_returnsBeforeTheDatabaseAnswers()
{
    // A server that accepts the connection and never says a word: opening waits for it on the
    // library's thread, not here.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const auto config =
        DatabaseConfig::fromUrl(u"postgresql://kim@127.0.0.1:%1/drives"_s.arg(silent.serverPort()));
    QVERIFY(config.ok());
    auto library = std::make_unique<SessionLibrary>();
    bool answered = false;
    library->open(*config, [&](const Status &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(silent.hasPendingConnections());
    // The event loop keeps running meanwhile: timers fire.
    bool ticked = false;
    QTimer::singleShot(50, [&] { ticked = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ticked, 1000);
    QVERIFY(!answered);
    silent.close();
}

void TestSessionLibrary::import_reportsProgress_andCancelLeavesNothing()
{
    SessionLibrary library;
    QVERIFY(
        openAndWait(library, DatabaseConfig::sqlite(m_dir.filePath(u"progress.sqlite"_s))).ok());
    SessionBuilder b(u"Big"_s);
    for (int p = 0; p < 40; ++p)
        b.participant(u"P%1"_s.arg(p));
    b.round(u"Now"_s, PickingRule::choose(1, 24));
    for (int p = 0; p < 40; ++p)
        b.picks(0, p, {1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12,
                       13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24});
    const Session big = b.build(); // 960 picks: two batches

    // Seen through: the stage names the picks, and the last report is all of them.
    {
        const auto progress = TaskProgress::create();
        QList<qint64> done;
        QString stage;
        connect(progress.get(), &TaskProgress::progressed, this,
                [&](qint64 d, qint64 total, const QString &s) {
                    QCOMPARE(total, 960);
                    done.append(d);
                    stage = s;
                });
        std::optional<Result<Session>> imported;
        library.importSession(
            big, SessionExchange::WhenExists::ImportCopy,
            [&](const Result<Session> &s) { imported = s; }, progress);
        QTRY_VERIFY(imported.has_value());
        QVERIFY(imported->ok());
        QTRY_COMPARE(done, (QList<qint64>{500, 960}));
        QVERIFY2(stage.startsWith(u"Saving 960 pick"_s),
                 qPrintable(stage)); // plural forms need a translator
        QCOMPARE(library.model()->rowCount(), 1);
    }
    // Cancelled before it starts writing: nothing is stored.
    {
        const auto progress = TaskProgress::create();
        progress->cancel();
        Session copy = big;
        copy.id = QUuid::createUuid();
        std::optional<Result<Session>> imported;
        library.importSession(
            copy, SessionExchange::WhenExists::ImportCopy,
            [&](const Result<Session> &s) { imported = s; }, progress);
        QTRY_VERIFY(imported.has_value());
        QCOMPARE(imported->errorKind(), Error::Kind::Cancelled);
        QCOMPARE(library.model()->rowCount(), 1);
    }
}

void TestSessionLibrary::heldListing_waitsUntilLetGo()
{
    const DatabaseConfig config = DatabaseConfig::sqlite(m_dir.filePath(u"held.sqlite"_s));
    {
        auto store = SessionStore::open(config);
        QVERIFY(store.ok());
        SessionBuilder b(u"Held"_s);
        b.participant(u"Anna"_s).round(u"Now"_s);
        Session s = b.build();
        QVERIFY((*store)->save(s).ok());
    }
    SessionLibrary library;
    QSignalSpy listed(&library, &SessionLibrary::listed);
    library.holdListing();
    QVERIFY(openAndWait(library, config).ok());
    // Open, and not listed while held (the window's first frame is being painted).
    QTest::qWait(200);
    QVERIFY(library.isOpen());
    QCOMPARE(listed.count(), 0);
    QVERIFY(!library.isListed());
    library.releaseListing();
    QTRY_COMPARE(listed.count(), 1);
    QCOMPARE(library.model()->rowCount(), 1);
    // Let go again: nothing more is owed.
    library.releaseListing();
    QTest::qWait(100);
    QCOMPARE(listed.count(), 1);
}

QTEST_GUILESS_MAIN(TestSessionLibrary)
#include "tst_sessionlibrary.moc"
