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
    void fromUrl_optionsReachTheDriver();
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
    QTest::newRow("mistyped scheme, password never repeated")
        << "postgress://kim:pw@db.example.org/drives"
        << "\"postgress://kim@db.example.org/drives\" is not a database DriveDeck can use: give "
           "a file path or a postgresql:// address.";
    QTest::newRow("unknown option") << "postgresql://kim:pw@db/drives?sslmod=require"
                                    << "\"sslmod\" is not a connection option DriveDeck passes "
                                       "on; use sslmode, sslrootcert, sslcert, sslkey, sslcrl, "
                                       "connect_timeout, options, application_name, "
                                       "target_session_attrs.";
    QTest::newRow("port too big") << "postgresql://kim:pw@db:99999/drives"
                                  << "The port \"99999\" in the database address is not a "
                                     "number from 1 to 65535.";
    QTest::newRow("port not a number") << "postgresql://kim:pw@db:54x2/drives"
                                       << "The port \"54x2\" in the database address is not a "
                                          "number from 1 to 65535.";
    QTest::newRow("no host") << "postgresql://kim:pw@/drives"
                             << "The database address names no server: write it as "
                                "postgresql://user@host:port/database.";
    QTest::newRow("space in the password")
        << "postgresql://kim:p w@db/drives"
        << "The name or password in the database address holds a character an address cannot: "
           "write @ as %40, / as %2F, ? as %3F, # as %23 and a space as %20, or give the "
           "password in ~/.pgpass instead.";
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

// ?sslmode=require and the others were silently dropped: against a server without TLS the app
// connected in plain text. Now they reach the driver, are kept (without the password) in what
// is shown and stored, and override DriveDeck's own defaults.
void TestDatabaseConfig::fromUrl_optionsReachTheDriver()
{
    const auto config = DatabaseConfig::fromUrl(
        u"postgresql://kim:s3cret@db.example.org/drives?sslmode=verify-full"
        "&sslrootcert=/etc/ssl/org-ca.pem&connect_timeout=3&options=-csearch_path%3Ddrivedeck"_s);
    QVERIFY2(config.ok(), qPrintable(config.errorMessage()));
    QCOMPARE(config->options.size(), 4);
    QCOMPARE(config->options.at(3), qMakePair(u"options"_s, u"-csearch_path=drivedeck"_s));
    const QString shown = config->displayUrl();
    QVERIFY2(shown.startsWith(u"postgresql://kim@db.example.org:5432/drives?sslmode=verify-full"_s),
             qPrintable(shown));
    QVERIFY(shown.contains(u"connect_timeout=3"_s));
    QVERIFY(!shown.contains(u"s3cret"_s));
    // What is shown reads back as the same connection, minus the password.
    const auto again = DatabaseConfig::fromUrl(shown);
    QVERIFY(again.ok());
    QCOMPARE(again->options, config->options);
    QVERIFY(again->password.isEmpty());

    const QString driver = config->driverOptions();
    QVERIFY2(driver.contains(u"sslmode=verify-full;"_s), qPrintable(driver));
    QVERIFY(driver.contains(u"sslrootcert=/etc/ssl/org-ca.pem"_s));
    QVERIFY(driver.contains(u"connect_timeout=3;"_s));
    QVERIFY(!driver.contains(u"connect_timeout=10"_s));
    QVERIFY(driver.contains(u"application_name=DriveDeck"_s));
    QVERIFY(driver.contains(u"options=-csearch_path=drivedeck"_s));
    QVERIFY(!driver.contains(u"s3cret"_s));
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
