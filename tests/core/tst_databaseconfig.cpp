#include "store/databaseconfig.h"

#include <QStandardPaths>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

class TestDatabaseConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUrl_postgres_data();
    void fromUrl_postgres();
    void fromUrl_sqlite_data();
    void fromUrl_sqlite();
    void fromUrl_rejects_data();
    void fromUrl_rejects();
    void defaultSqlite_livesInTheAppDataFolder();
};

void TestDatabaseConfig::fromUrl_postgres_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("shown");
    QTest::newRow("full") << "postgresql://kim:s3cret@db.example.org:6543/drives"
                          << "db.example.org" << 6543 << "kim"
                          << "s3cret"
                          << "drives"
                          << "postgresql://kim@db.example.org:6543/drives";
    QTest::newRow("default port") << "postgres://kim@10.0.0.5/drives"
                                  << "10.0.0.5" << 5432 << "kim"
                                  << ""
                                  << "drives"
                                  << "postgresql://kim@10.0.0.5:5432/drives";
    QTest::newRow("encoded password") << "postgresql://kim:p%40ss%2Fword@h/d"
                                      << "h" << 5432 << "kim"
                                      << "p@ss/word"
                                      << "d"
                                      << "postgresql://kim@h:5432/d";
}

void TestDatabaseConfig::fromUrl_postgres()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, shown);
    const auto config = DatabaseConfig::fromUrl(url);
    QVERIFY2(config.ok(), qPrintable(config.errorMessage()));
    QVERIFY(config->isPostgres());
    QCOMPARE(config->host, host);
    QCOMPARE(config->port, port);
    QCOMPARE(config->user, user);
    QCOMPARE(config->password, password);
    QCOMPARE(config->database, database);
    QCOMPARE(config->displayUrl(), shown);
    QVERIFY(password.isEmpty() || !config->displayUrl().contains(password));
}

void TestDatabaseConfig::fromUrl_sqlite_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::newRow("absolute path") << "/data/drivedeck.sqlite"
                                   << "/data/drivedeck.sqlite";
    QTest::newRow("relative path") << "team.sqlite"
                                   << "team.sqlite";
    QTest::newRow("sqlite url") << "sqlite:///srv/dd.sqlite"
                                << "/srv/dd.sqlite";
}

void TestDatabaseConfig::fromUrl_sqlite()
{
    QFETCH(QString, url);
    QFETCH(QString, path);
    const auto config = DatabaseConfig::fromUrl(url);
    QVERIFY(config.ok());
    QVERIFY(!config->isPostgres());
    QCOMPARE(config->path, path);
}

void TestDatabaseConfig::fromUrl_rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty")
        << "  "
        << "No database given: use a file path or postgresql://user@host:port/db.";
    QTest::newRow("no database") << "postgresql://kim:pw@db:5432"
                                 << "\"postgresql://kim@db:5432/\" names no database; add it after "
                                    "the host, as in postgresql://kim@db:5432/drivedeck.";
    QTest::newRow("other engine") << "mysql://kim@db/drives"
                                  << "\"mysql://kim@db/drives\" is not a database DriveDeck can "
                                     "use: give a file path or a postgresql:// address.";
}

void TestDatabaseConfig::fromUrl_rejects()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    const auto config = DatabaseConfig::fromUrl(url);
    QVERIFY(!config.ok());
    QCOMPARE(config.errorMessage(), message);
    QVERIFY(!config.errorMessage().contains(u"pw"_s));
}

void TestDatabaseConfig::defaultSqlite_livesInTheAppDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"DriveDeck"_s);
    const DatabaseConfig config = DatabaseConfig::defaultSqlite();
    QVERIFY(!config.isPostgres());
    QCOMPARE(config.path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                              u"/drivedeck.sqlite"_s);
}

QTEST_GUILESS_MAIN(TestDatabaseConfig)
#include "tst_databaseconfig.moc"
