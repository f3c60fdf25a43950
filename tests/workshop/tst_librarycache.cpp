#include "workshop/librarycache.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

// The list of sessions kept between starts.
class TestLibraryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void roundTrip_keepsEveryField();
    void eachDatabase_hasItsOwnList();
    void damagedFile_readsAsEmpty_data();
    void damagedFile_readsAsEmpty();
    void passwords_neverNameTheFile();

private:
    QList<SessionSummary> twoSessions() const;
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
};

QList<SessionSummary> TestLibraryCache::twoSessions() const
{
    SessionSummary a;
    a.id = QUuid::createUuid();
    a.title = u"Kick-off “Zuid”"_s;
    a.team = u"Verkoop"_s;
    a.date = QDate(2026, 11, 26);
    a.tags = {u"voorjaar"_s, u"merk"_s};
    a.participants = 12;
    a.rounds = 2;
    a.revision = 41;
    a.updatedAt = QDateTime(QDate(2026, 11, 26), QTime(14, 5, 7, 123), Qt::UTC);
    a.updatedBy = u"Kim"_s;
    SessionSummary b;
    b.id = QUuid::createUuid();
    b.title = u"Review"_s;
    return {a, b};
}

void TestLibraryCache::init()
{
    m_config = DatabaseConfig::sqlite(m_dir.filePath(u"cache-test.sqlite"_s));
    QFile::remove(LibraryCache::fileFor(m_config));
}

void TestLibraryCache::roundTrip_keepsEveryField()
{
    QCOMPARE(LibraryCache::read(m_config), QList<SessionSummary>());
    QVERIFY(LibraryCache::write(m_config, twoSessions()));
    const QList<SessionSummary> read = LibraryCache::read(m_config);
    QCOMPARE(read.size(), 2);
    const QList<SessionSummary> expected = twoSessions();
    QCOMPARE(read.at(0).title, u"Kick-off “Zuid”"_s);
    QCOMPARE(read.at(0).tags, (QStringList{u"voorjaar"_s, u"merk"_s}));
    QCOMPARE(read.at(0).participants, 12);
    QCOMPARE(read.at(0).updatedAt, expected.at(0).updatedAt);
    QCOMPARE(read.at(1).date, QDate());
    // A shorter list replaces the longer one whole.
    QVERIFY(LibraryCache::write(m_config, twoSessions().mid(1)));
    QCOMPARE(LibraryCache::read(m_config).size(), 1);
}

void TestLibraryCache::eachDatabase_hasItsOwnList()
{
    const DatabaseConfig other = DatabaseConfig::sqlite(m_dir.filePath(u"other.sqlite"_s));
    QVERIFY(LibraryCache::fileFor(other) != LibraryCache::fileFor(m_config));
    QVERIFY(LibraryCache::write(m_config, twoSessions()));
    QCOMPARE(LibraryCache::read(other).size(), 0);
}

void TestLibraryCache::damagedFile_readsAsEmpty_data()
{
    QTest::addColumn<int>("keep"); // bytes of a good file kept; -1: garbage
    QTest::newRow("empty file") << 0;
    QTest::newRow("cut in the header") << 6;
    QTest::newRow("cut in a session") << 60;
    QTest::newRow("garbage") << -1;
}

void TestLibraryCache::damagedFile_readsAsEmpty()
{
    QFETCH(int, keep);
    QVERIFY(LibraryCache::write(m_config, twoSessions()));
    QFile file(LibraryCache::fileFor(m_config));
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (keep >= 0) {
        QVERIFY(file.resize(keep));
    } else {
        file.seek(0);
        file.write(QByteArray(200, '\xff'));
    }
    file.close();
    QCOMPARE(LibraryCache::read(m_config).size(), 0);
}

void TestLibraryCache::passwords_neverNameTheFile()
{
    const Result<DatabaseConfig> withPassword =
        DatabaseConfig::fromUrl(u"postgresql://kim:hunter2@db:5432/drives"_s);
    const Result<DatabaseConfig> without =
        DatabaseConfig::fromUrl(u"postgresql://kim@db:5432/drives"_s);
    QVERIFY(withPassword && without);
    QCOMPARE(LibraryCache::fileFor(*withPassword), LibraryCache::fileFor(*without));
    QVERIFY(!LibraryCache::fileFor(*withPassword).contains(u"hunter2"_s));
}

QTEST_GUILESS_MAIN(TestLibraryCache)
#include "tst_librarycache.moc"
