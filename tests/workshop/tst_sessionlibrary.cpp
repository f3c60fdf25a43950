#include "io/sessionfile.h"
#include "sessionbuilder.h"
#include "store/sessionstore.h"
#include "workshop/sessionlibrary.h"
#include "workshop/sessionlistmodel.h"

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

QTEST_GUILESS_MAIN(TestSessionLibrary)
#include "tst_sessionlibrary.moc"
