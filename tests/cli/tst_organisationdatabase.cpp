#include "postgresserver.h"
#include "programrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = DriveDeck::Testing::ProgramRun;
using DriveDeck::Testing::PostgresServer;
using DriveDeck::Testing::runProgram;

// The roles of the README's section for IT, with passwords given as an IT department would.
const QString OwnerPassword = u"Owner-Secret-4711"_s;
const QString FacilitatorPassword = u"Facilitator-Secret-0815"_s;
const QString ReportingPassword = u"Reporting-Secret-2342"_s;
const QString StrangerPassword = u"Stranger-Secret-1234"_s;
const QString Database = u"drivedeck"_s;

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The statements of an SQL file, for PostgresServer::execute.
QStringList statementsOf(const QString &sql)
{
    QStringList statements;
    for (const QString &part : sql.split(u";\n"_s)) {
        QStringList lines;
        for (const QString &line : part.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"_s))
                lines.append(line);
        }
        const QString statement = lines.join(u'\n').trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}

} // namespace

// An organisation's PostgreSQL server as its IT department runs it: password authentication,
// TLS with its own certificate, a schema of DriveDeck's own and three roles set up as the
// README says (packaging/database/roles.sql). The real program is run against it, without a
// display, and what it says is compared word for word.
class TestOrganisationDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sslmodeRequire_connectsWithTls();
    void verifyFull_withTheRightCertificate_connects();
    void verifyFull_withAnotherCertificate_failsClearly();
    void serverWithoutTls_refusesRequire();
    void roles_eachMayDoWhatTheReadmeSays();
    void databaseSql_makesTheSameSchemaAsInit();
    void backupAndRestore_asTheReadmeSays();
    void problems_oneLineWithTheNextStep_data();
    void problems_oneLineWithTheNextStep();
    void passwordInTheUrl_isWrittenNowhere();
    void cleanupTestCase();

private:
    QString url(const QString &role, const QString &options = {}) const;
    Run run(const QStringList &arguments, const QString &password = {},
            const QProcessEnvironment &more = {});
    QString schemaReady();
    // Runs one of PostgreSQL's own programs (psql, pg_dump…) as the server's superuser over its
    // socket, as a database administrator would; empty on success, else what it said.
    QString tool(const QString &name, const QStringList &arguments);

    PostgresServer m_server;      // passwords and TLS
    PostgresServer m_plainServer; // passwords, no TLS
    QTemporaryDir m_dir;
    bool m_initialised = false;
};

void TestOrganisationDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString started = m_server.start({.passwords = true, .tls = true});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString plain = m_plainServer.start({.passwords = true, .tls = false});
    QVERIFY2(plain.isEmpty(), qPrintable(plain));
    QCOMPARE(m_server.createDatabase(Database), QString());
    QCOMPARE(m_plainServer.createDatabase(Database), QString());

    const QString roles =
        readAll(QStringLiteral(DRIVEDECK_SOURCE_DIR "/packaging/database/roles.sql"));
    QVERIFY(!roles.isEmpty());
    QStringList setUp = statementsOf(roles);
    setUp << u"ALTER ROLE drivedeck_owner PASSWORD '%1'"_s.arg(OwnerPassword)
          << u"ALTER ROLE drivedeck_facilitator PASSWORD '%1'"_s.arg(FacilitatorPassword)
          << u"ALTER ROLE drivedeck_reporting PASSWORD '%1'"_s.arg(ReportingPassword)
          << u"CREATE ROLE stranger LOGIN PASSWORD '%1'"_s.arg(StrangerPassword);
    QCOMPARE(m_server.execute(Database, setUp), QString());
    QCOMPARE(m_plainServer.execute(
                 Database, {u"CREATE ROLE drivedeck_owner LOGIN PASSWORD '%1'"_s.arg(OwnerPassword),
                            u"GRANT CREATE ON SCHEMA public TO drivedeck_owner"_s}),
             QString());
}

void TestOrganisationDatabase::cleanupTestCase()
{
    m_server.stop();
    m_plainServer.stop();
}

QString TestOrganisationDatabase::url(const QString &role, const QString &options) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3%4"_s.arg(role)
        .arg(m_server.port())
        .arg(Database, options.isEmpty() ? QString() : u"?"_s + options);
}

Run TestOrganisationDatabase::run(const QStringList &arguments, const QString &password,
                                  const QProcessEnvironment &more)
{
    QProcessEnvironment env;
    // No ~/.pgpass of the person running the tests, and no password unless given.
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"PGPASSWORD"_s, password);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    for (const QString &key : more.keys())
        env.insert(key, more.value(key));
    return runProgram(QStringLiteral(DRIVEDECK_BINARY), arguments, m_dir.path(), env);
}

QString TestOrganisationDatabase::tool(const QString &name, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGHOST"_s, m_server.socketFolder());
    env.insert(u"PGPORT"_s, QString::number(m_server.port()));
    env.insert(u"PGUSER"_s, PostgresServer::superuser());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(PostgresServer::binDir() + u'/' + name, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return name + u": "_s + QString::fromLocal8Bit(process.readAll()) + process.errorString();
    return {};
}

// The owner's `database init` on the TLS server, once.
QString TestOrganisationDatabase::schemaReady()
{
    if (m_initialised)
        return {};
    const Run init =
        run({u"database"_s, u"init"_s, u"--database"_s, url(u"drivedeck_owner"_s)}, OwnerPassword);
    if (init.exitCode != 0)
        return init.err;
    m_initialised = true;
    return {};
}

void TestOrganisationDatabase::sslmodeRequire_connectsWithTls()
{
    // Checked on the server while DriveDeck's connection is open: `delete` keeps it open while
    // it waits for its question's answer (pg_stat_ssl, found by the URL's application_name).
    QVERIFY2(schemaReady().isEmpty(), qPrintable(schemaReady()));
    QProcess holder;
    QProcessEnvironment env = DriveDeck::Testing::isolatedEnvironment(m_dir.path());
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"PGPASSWORD"_s, OwnerPassword);
    holder.setProcessEnvironment(env);
    const Run import = run(
        {u"import"_s, QStringLiteral(DRIVEDECK_SOURCE_DIR "/tests/data/workshop.csv"), u"--title"_s,
         u"TLS check"_s, u"--database"_s, url(u"drivedeck_owner"_s, u"sslmode=require"_s)},
        OwnerPassword);
    QCOMPARE(import.err, QString());
    QCOMPARE(import.exitCode, 0);
    holder.start(QStringLiteral(DRIVEDECK_BINARY),
                 {u"delete"_s, u"TLS check"_s, u"--database"_s,
                  url(u"drivedeck_owner"_s, u"sslmode=require&application_name=tls-check"_s)});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(30000)); // the question: the connection is open
    QVERIFY(QString::fromUtf8(holder.readAllStandardOutput()).contains(u"[y/N]"_s));
    const QString check = m_server.execute(
        Database, {u"DO $$ BEGIN IF (SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a"
                   " USING (pid) WHERE a.application_name = 'tls-check' AND s.ssl"
                   " AND s.version LIKE 'TLS%') <> 1 THEN RAISE EXCEPTION 'no TLS connection';"
                   " END IF; END $$"_s});
    holder.write("n\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(30000));
    QCOMPARE(check, QString());
}

void TestOrganisationDatabase::verifyFull_withTheRightCertificate_connects()
{
    QVERIFY2(schemaReady().isEmpty(), qPrintable(schemaReady()));
    const Run list = run(
        {u"list"_s, u"--database"_s,
         url(u"drivedeck_owner"_s, u"sslmode=verify-full&sslrootcert="_s + m_server.certificate())},
        OwnerPassword);
    QCOMPARE(list.err, QString());
    QCOMPARE(list.exitCode, 0);
}

void TestOrganisationDatabase::verifyFull_withAnotherCertificate_failsClearly()
{
    QTemporaryDir other;
    QCOMPARE(PostgresServer::makeCertificate(other.path(), u"other"_s), QString());
    const Run list = run({u"list"_s, u"--database"_s,
                          url(u"drivedeck_owner"_s, u"sslmode=verify-full&sslrootcert="_s +
                                                        other.filePath(u"other.crt"_s))},
                         OwnerPassword);
    QCOMPARE(list.exitCode, 1);
    QCOMPARE(list.err, u"drivedeck list: The database server 127.0.0.1:%1 showed a certificate "
                       "that the root certificate in sslrootcert does not vouch for, or one made "
                       "for another host name: ask your database administrator which certificate "
                       "to trust. DriveDeck did not connect.\n"_s.arg(m_server.port()));
    QCOMPARE(list.out, QString());
}

void TestOrganisationDatabase::serverWithoutTls_refusesRequire()
{
    const QString address =
        u"postgresql://drivedeck_owner@127.0.0.1:%1/%2?sslmode=require"_s.arg(m_plainServer.port())
            .arg(Database);
    const Run list = run({u"list"_s, u"--database"_s, address}, OwnerPassword);
    QCOMPARE(list.exitCode, 1);
    QCOMPARE(list.err,
             u"drivedeck list: The database server 127.0.0.1:%1 does not offer an encrypted (TLS) "
             "connection, which sslmode=require requires: ask your database administrator to "
             "turn TLS on. DriveDeck did not connect.\n"_s.arg(m_plainServer.port()));
    // Without the demand the same server is used, in plain text: the choice is the URL's.
    const QString plain = address.left(address.indexOf(u'?'));
    const Run again = run({u"list"_s, u"--database"_s, plain}, OwnerPassword);
    QCOMPARE(again.err, QString());
    QCOMPARE(again.exitCode, 0);
}

void TestOrganisationDatabase::roles_eachMayDoWhatTheReadmeSays()
{
    // The owner made the tables in the schema roles.sql made for them, nothing in public.
    QVERIFY2(schemaReady().isEmpty(), qPrintable(schemaReady()));
    const Run init =
        run({u"database"_s, u"init"_s, u"--database"_s, url(u"drivedeck_owner"_s)}, OwnerPassword);
    QCOMPARE(init.err, QString());
    QCOMPARE(init.out, u"DriveDeck's tables are ready in postgresql://drivedeck_owner@127.0.0.1:%1"
                       "/drivedeck, schema \"drivedeck\" (schema version 6), connected as "
                       "drivedeck_owner.\n"_s.arg(m_server.port()));
    QCOMPARE(m_server.execute(
                 Database,
                 {u"DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')"
                  " > 0 OR (SELECT tableowner FROM pg_tables WHERE schemaname = 'drivedeck' AND"
                  " tablename = 'picks') <> 'drivedeck_owner' THEN RAISE EXCEPTION 'misplaced';"
                  " END IF; END $$"_s}),
             QString());

    // The facilitator imports and changes; the list says who, as which role.
    const QString csv = QStringLiteral(DRIVEDECK_SOURCE_DIR "/tests/data/workshop.csv");
    const Run import = run({u"import"_s, csv, u"--title"_s, u"Roles"_s, u"--team"_s, u"Blue"_s,
                            u"--database"_s, url(u"drivedeck_facilitator"_s)},
                           FacilitatorPassword);
    QCOMPARE(import.err, QString());
    QCOMPARE(import.exitCode, 0);
    const Run list =
        run({u"list"_s, u"--database"_s, url(u"drivedeck_reporting"_s)}, ReportingPassword);
    QCOMPARE(list.err, QString());
    QCOMPARE(list.exitCode, 0);
    const QString row = list.out.section(u'\n', 1).split(u'\n').filter(u"Roles"_s).value(0);
    QVERIFY2(row.endsWith(u"  drivedeck_facilitator"_s), qPrintable(list.out));
    // With a facilitator's name, both: the name it was made under and the role that made it.
    QProcessEnvironment named;
    named.insert(u"DRIVEDECK_AUTHOR"_s, u"Kim"_s);
    const Run edited = run({u"import"_s, csv, u"--title"_s, u"Named"_s, u"--database"_s,
                            url(u"drivedeck_facilitator"_s)},
                           FacilitatorPassword, named);
    QCOMPARE(edited.exitCode, 0);
    const Run listed =
        run({u"list"_s, u"--database"_s, url(u"drivedeck_reporting"_s)}, ReportingPassword);
    QVERIFY2(listed.out.split(u'\n')
                 .filter(u"Named"_s)
                 .value(0)
                 .endsWith(u"  Kim (as drivedeck_facilitator)"_s),
             qPrintable(listed.out));

    // The reporting role reads everything and changes nothing.
    const Run profile = run({u"profile"_s, u"--all"_s, u"--team"_s, u"Blue"_s, u"--database"_s,
                             url(u"drivedeck_reporting"_s)},
                            ReportingPassword);
    QCOMPARE(profile.err, QString());
    QCOMPARE(profile.exitCode, 0);
    QVERIFY2(profile.out.contains(u"\"sessions\": 1"_s), qPrintable(profile.out));
    const Run refused = run({u"import"_s, csv, u"--title"_s, u"Not allowed"_s, u"--database"_s,
                             url(u"drivedeck_reporting"_s)},
                            ReportingPassword);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err, u"drivedeck import: drivedeck_reporting may read but not change table "
                          "sessions: ask your database administrator for a role that may write "
                          "(the README's section for IT lists the grants). Nothing was "
                          "changed.\n"_s);
    const Run after =
        run({u"list"_s, u"--database"_s, url(u"drivedeck_reporting"_s)}, ReportingPassword);
    QVERIFY(!after.out.contains(u"Not allowed"_s));

    // A role with no rights on the schema cannot make tables: the DBA's step, named.
    QCOMPARE(m_server.createDatabase(u"empty"_s), QString());
    const Run stranger = run({u"list"_s, u"--database"_s,
                              u"postgresql://stranger@127.0.0.1:%1/empty"_s.arg(m_server.port())},
                             StrangerPassword);
    QCOMPARE(stranger.exitCode, 1);
    QCOMPARE(stranger.err, u"drivedeck list: stranger may not create DriveDeck's tables here (no "
                           "right on schema public): ask your database administrator to run "
                           "drivedeck database init.\n"_s);
}

void TestOrganisationDatabase::databaseSql_makesTheSameSchemaAsInit()
{
    const Run sql = run({u"database"_s, u"sql"_s});
    QCOMPARE(sql.err, QString());
    QCOMPARE(sql.exitCode, 0);
    QVERIFY(sql.out.startsWith(u"-- DriveDeck's schema, version 6.\n"_s));
    // Run by a DBA into a database of its own, then used by DriveDeck: no step is left to do.
    QCOMPARE(m_server.createDatabase(u"reviewed"_s), QString());
    // psql, as a DBA runs it: Qt's driver would not stop at a failed statement of a script.
    const QString script = m_dir.filePath(u"schema.sql"_s);
    const QString upgradeScript = m_dir.filePath(u"upgrade.sql"_s);
    auto psql = [&](const QString &file, const QString &text) {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
            return u"cannot write "_s + file;
        out.close();
        return tool(u"psql"_s, {u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, u"reviewed"_s,
                                u"-f"_s, file});
    };
    QCOMPARE(psql(script, sql.out), QString());
    QCOMPARE(m_server.execute(u"reviewed"_s, {u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s,
                                              u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL "
                                              "TABLES IN SCHEMA public TO stranger"_s,
                                              u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "
                                              "public TO stranger"_s}),
             QString());
    const QString reviewed = u"postgresql://stranger@127.0.0.1:%1/reviewed"_s.arg(m_server.port());
    const Run import =
        run({u"import"_s, QStringLiteral(DRIVEDECK_SOURCE_DIR "/tests/data/workshop.csv"),
             u"--database"_s, reviewed},
            StrangerPassword);
    QCOMPARE(import.err, QString());
    QCOMPARE(import.exitCode, 0);

    // An upgrade script from an older version starts by checking it is on that version.
    const Run upgrade = run({u"database"_s, u"sql"_s, u"--from-version"_s, u"5"_s});
    QCOMPARE(upgrade.exitCode, 0);
    QVERIFY(upgrade.out.contains(u"<> 5 THEN RAISE EXCEPTION"_s));
    QVERIFY(upgrade.out.contains(u"ADD COLUMN updated_by_account"_s));
    QVERIFY(!upgrade.out.contains(u"CREATE TABLE picks"_s));
    const QString refused = psql(upgradeScript, upgrade.out);
    QVERIFY2(refused.contains(u"not at version 5"_s), qPrintable(refused));
}

void TestOrganisationDatabase::backupAndRestore_asTheReadmeSays()
{
    QVERIFY2(schemaReady().isEmpty(), qPrintable(schemaReady()));
    const Run import =
        run({u"import"_s, QStringLiteral(DRIVEDECK_SOURCE_DIR "/tests/data/workshop.csv"),
             u"--title"_s, u"Kept safe"_s, u"--database"_s, url(u"drivedeck_facilitator"_s)},
            FacilitatorPassword);
    QCOMPARE(import.exitCode, 0);

    // The README's two lines, as the server's superuser.
    const QString dump = m_dir.filePath(u"drivedeck.dump"_s);
    QCOMPARE(tool(u"pg_dump"_s, {u"-Fc"_s, u"-n"_s, u"drivedeck"_s, u"-f"_s, dump, Database}),
             QString());
    QCOMPARE(tool(u"createdb"_s, {u"drivedeck_restored"_s}), QString());
    QCOMPARE(tool(u"pg_restore"_s, {u"-d"_s, u"drivedeck_restored"_s, dump}), QString());

    // The copy as the reporting role sees it, and the facilitator may still write to it.
    const QString copy = u"postgresql://%2@127.0.0.1:%1/drivedeck_restored"_s.arg(m_server.port());
    const Run list =
        run({u"list"_s, u"--database"_s, copy.arg(u"drivedeck_reporting"_s)}, ReportingPassword);
    QCOMPARE(list.err, QString());
    QVERIFY2(list.out.contains(u"Kept safe"_s), qPrintable(list.out));
    const Run again = run(
        {u"import"_s, QStringLiteral(DRIVEDECK_SOURCE_DIR "/tests/data/workshop.csv"), u"--title"_s,
         u"After the restore"_s, u"--database"_s, copy.arg(u"drivedeck_facilitator"_s)},
        FacilitatorPassword);
    QCOMPARE(again.err, QString());
    QCOMPARE(again.exitCode, 0);
}

void TestOrganisationDatabase::problems_oneLineWithTheNextStep_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("expected");
    const int port = m_server.port();
    const QString owner = u"postgresql://drivedeck_owner@127.0.0.1:%1/%2"_s.arg(port);

    QTest::newRow("no password")
        << owner.arg(Database) << QString()
        << u"The database server 127.0.0.1:%1 wants a password for drivedeck_owner: put it in "
           "~/.pgpass or PGPASSWORD (see the README, Organisation database) and try again."_s.arg(
               port);
    QTest::newRow("wrong password")
        << owner.arg(Database) << u"not-the-password"_s
        << u"The database server 127.0.0.1:%1 did not accept the password for drivedeck_owner: "
           "check the name and the password in ~/.pgpass or PGPASSWORD, then try again."_s.arg(
               port);
    QTest::newRow("database missing")
        << owner.arg(u"drivedek"_s) << OwnerPassword
        << u"The database server 127.0.0.1:%1 has no database \"drivedek\": check the name in the "
           "database address, or ask your database administrator to create it."_s.arg(port);
    const int closed = 1; // a privileged port nothing listens on here
    QTest::newRow("server down")
        << u"postgresql://drivedeck_owner@127.0.0.1:%1/drivedeck"_s.arg(closed) << OwnerPassword
        << u"Nothing answers at 127.0.0.1:%1: check that the database server is running and that "
           "the host and port are right, then try again."_s.arg(closed);
    QTest::newRow("unknown host")
        << u"postgresql://drivedeck_owner@no-such-host.invalid/drivedeck"_s << OwnerPassword
        << u"No computer is called no-such-host.invalid on this network: check the host in the "
           "database address."_s;
    QTest::newRow("bad port") << u"postgresql://drivedeck_owner@127.0.0.1:99999/drivedeck"_s
                              << OwnerPassword
                              << u"The port \"99999\" in the database address is not a number "
                                 "from 1 to 65535."_s;
    QTest::newRow("port not a number")
        << u"postgresql://drivedeck_owner:%1@127.0.0.1:54x2/drivedeck"_s.arg(OwnerPassword)
        << QString()
        << u"The port \"54x2\" in the database address is not a number from 1 to 65535."_s;
    QTest::newRow("no host") << u"postgresql:///drivedeck"_s << OwnerPassword
                             << u"The database address names no server: write it as "
                                "postgresql://user@host:port/database."_s;
    QTest::newRow("mistyped scheme")
        << u"postgress://drivedeck_owner:%1@127.0.0.1:%2/drivedeck"_s.arg(OwnerPassword).arg(port)
        << QString()
        << u"\"postgress://drivedeck_owner@127.0.0.1:%1/drivedeck\" is not a database DriveDeck "
           "can use: give a file path or a postgresql:// address."_s.arg(port);
    QTest::newRow("unknown option")
        << owner.arg(Database) + u"?sslmod=require"_s << OwnerPassword
        << u"\"sslmod\" is not a connection option DriveDeck passes on; use sslmode, sslrootcert, "
           "sslcert, sslkey, sslcrl, connect_timeout, options, application_name, "
           "target_session_attrs."_s;
    QTest::newRow("missing root certificate")
        << owner.arg(Database) + u"?sslmode=verify-full&sslrootcert=/nowhere/root.crt"_s
        << OwnerPassword
        << u"The root certificate /nowhere/root.crt (sslrootcert) cannot be read: check the path "
           "in the database address. DriveDeck did not connect."_s;
}

void TestOrganisationDatabase::problems_oneLineWithTheNextStep()
{
    QFETCH(QString, address);
    QFETCH(QString, password);
    QFETCH(QString, expected);
    const Run list = run({u"list"_s, u"--database"_s, address}, password);
    QCOMPARE(list.exitCode, 1);
    QCOMPARE(list.err, u"drivedeck list: "_s + expected + u'\n');
    QCOMPARE(list.out, QString());
}

// A password written in the URL, against the advice, is used and then never written anywhere:
// not to stdout or stderr of any command, not to a log with every category on, not to the
// settings or any other file the window or the commands leave behind.
void TestOrganisationDatabase::passwordInTheUrl_isWrittenNowhere()
{
    QVERIFY2(schemaReady().isEmpty(), qPrintable(schemaReady()));
    QTemporaryDir home;
    const QString withPassword =
        u"postgresql://drivedeck_facilitator:%1@127.0.0.1:%2/%3"_s.arg(FacilitatorPassword)
            .arg(m_server.port())
            .arg(Database);
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    const QString csv = QStringLiteral(DRIVEDECK_SOURCE_DIR "/tests/data/workshop.csv");
    const QString exported = home.filePath(u"export.csv"_s);
    const QList<QStringList> commands{
        {u"import"_s, csv, u"--title"_s, u"Secret check"_s},
        {u"list"_s, u"--verbose"_s},
        {u"profile"_s, u"--all"_s, u"--verbose"_s},
        {u"export"_s, u"Secret check"_s, u"-o"_s, exported},
        {u"delete"_s, u"Secret check"_s, u"--yes"_s},
        {u"delete"_s, u"Secret check"_s}, // fails: no such session
        {u"database"_s, u"init"_s},
    };
    QString said;
    int succeeded = 0;
    for (const QStringList &command : commands) {
        const Run result = run(command + QStringList{u"--database"_s, withPassword}, {}, env);
        said += result.out + result.err;
        succeeded += result.exitCode == 0 ? 1 : 0;
    }
    // Wrong in ways that make messages repeat the address.
    for (const QString &address :
         {u"postgress://drivedeck_facilitator:%1@127.0.0.1/x"_s.arg(FacilitatorPassword),
          u"postgresql://drivedeck_facilitator:%1@127.0.0.1:%2/nodb"_s.arg(FacilitatorPassword)
              .arg(m_server.port()),
          u"postgresql://drivedeck_facilitator:%1@127.0.0.1:%2/drivedeck?sslmod=x"_s
              .arg(FacilitatorPassword)
              .arg(m_server.port())}) {
        const Run result = run({u"list"_s, u"--verbose"_s, u"--database"_s, address}, {}, env);
        said += result.out + result.err;
    }
    QCOMPARE(succeeded, 6);

    // The window, offscreen, opened on that database until its session list is painted.
    QProcessEnvironment window = env;
    window.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    window.insert(u"DRIVEDECK_START_PROBE"_s, u"library"_s);
    const Run shown = run({u"--database"_s, withPassword}, {}, window);
    QCOMPARE(shown.exitCode, 0);
    said += shown.out + shown.err;

    QVERIFY(said.contains(u"drivedeck.store"_s)); // the logs were on
    QVERIFY2(!said.contains(FacilitatorPassword), qPrintable(said));
    int files = 0;
    for (const QString &folder : {home.path(), m_dir.path()}) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(FacilitatorPassword.toUtf8()), qPrintable(path));
            ++files;
        }
    }
    QVERIFY(files >= 2); // the export and the settings at least
}

QTEST_GUILESS_MAIN(TestOrganisationDatabase)
#include "tst_organisationdatabase.moc"
