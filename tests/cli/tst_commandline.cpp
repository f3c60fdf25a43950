#include "cli/commandline.h"
#include "io/pickscsv.h"
#include "io/sessionfile.h"
#include "sessionbuilder.h"
#include "settings/settings.h"
#include "store/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DriveDeck;
using namespace Qt::StringLiterals;

namespace {

const QString Workshop = QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/workshop.csv");

// The program's environment with settings, data and cache of its own under home.
QProcessEnvironment environmentIn(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

double numberOf(const QJsonArray &array, const QString &key, const QString &field)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(u"key"_s).toString() == key)
            return v.toObject().value(field).toDouble();
    }
    return -1;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list_saysWhoChangedWhatWhen();
    void import_setsWhatTheFileDoesNotSay();
    void import_badMetadata_isUsage_data();
    void import_badMetadata_isUsage();
    void help_needsNoDisplay_data();
    void help_needsNoDisplay();
    void initTestCase();
    void init();
    void help_existsForEveryCommand_data();
    void help_existsForEveryCommand();
    void wrongUsage_exitsWith2_data();
    void wrongUsage_exitsWith2();
    void importCsv_thenProfile_matchesHandCalculation();
    void profile_csvHoldsTheSameFigures();
    void compare_twoRoundsOfOneSession();
    void import_badCsv_changesNothing();
    void import_hostileSessionFile_changesNothing();
    void exportAndImport_sessionFile_copyOrReplace();
    void export_csvRoundTrips();
    void delete_asksUnlessYes();
    void profileAll_aggregatesAndFilters();
    void unknownSession_saysSo();
    void profileAll_filterMatchingNothing_saysSoOnStderr_data();
    void profileAll_filterMatchingNothing_saysSoOnStderr();
    void profileAll_countsPeopleAndRespondentsApart_data();
    void profileAll_countsPeopleAndRespondentsApart();
    void forget_listsWhatGoesAndAsksFirst();
    void forget_sessionOption_limitsIt();
    void forget_unknownPerson_saysSoAndChangesNothing();
    void edit_changesMetadataAndSaysWhat();
    void edit_unknownTag_changesNothing();
    void binary_runsWithoutADisplay();
    void binary_speaksTheLanguageChosenInTheWindow();
    void binary_linksNoChartPdfOrNetworkLibrary();
    void binary_withoutItsModule_saysWhatIsMissing();
    void binary_secondStart_handsItsFileToTheWindow();
    void binary_moduleCommand_beforeAFolderOfItsName();
    void binary_libraryCommand_loadsNoModule();
    void binary_deckFromAZip_isReadByTheModule_data();
    void binary_deckFromAZip_isReadByTheModule();
    void binary_firstFrame_loadsNoImagePluginNorQuaZip_data();
    void binary_firstFrame_loadsNoImagePluginNorQuaZip();

private:
    Run run(QStringList arguments, const QString &input = {});
    QString importWorkshop(const QStringList &extra = {});
    // The saved session, read with a store of its own that is closed again.
    Session stored(const QString &id);

    QTemporaryDir m_dir;
    QString m_database;
    int m_counter = 0;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DriveDeck"_s);
    QCoreApplication::setApplicationName(u"DriveDeck"_s);
}

void TestCommandLine::init()
{
    m_database = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter));
}

Run TestCommandLine::run(QStringList arguments, const QString &input)
{
    arguments.prepend(u"drivedeck"_s);
    if (arguments.size() > 1 && !arguments.contains(u"--help"_s))
        arguments << u"--database"_s << m_database;
    Run result;
    QString inputText = input;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QTextStream in(&inputText);
    Settings settings(m_dir.filePath(u"settings.ini"_s));
    result.exitCode = CommandLine::run(arguments, settings, out, err, in);
    out.flush();
    err.flush();
    return result;
}

QString TestCommandLine::importWorkshop(const QStringList &extra)
{
    const Run imported = run(QStringList{u"import"_s, Workshop} + extra);
    if (imported.exitCode != 0)
        qFatal("import failed: %s", qPrintable(imported.err));
    // "Imported “workshop” as <uuid>: ..."
    return imported.out.section(u" as "_s, 1).section(u':', 0, 0);
}

Session TestCommandLine::stored(const QString &id)
{
    auto store = SessionStore::open(DatabaseConfig::sqlite(m_database));
    if (!store)
        qFatal("cannot open the database: %s", qPrintable(store.errorMessage()));
    auto session = (*store)->load(QUuid::fromString(id));
    if (!session)
        qFatal("cannot load %s: %s", qPrintable(id), qPrintable(session.errorMessage()));
    return std::move(session).value();
}

void TestCommandLine::help_existsForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : CommandLine::commands())
        QTest::newRow(qPrintable(command)) << command;
}

void TestCommandLine::help_existsForEveryCommand()
{
    QFETCH(QString, command);
    const Run help = run({command, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: drivedeck "_s + command), qPrintable(help.out));
    QVERIFY(help.out.contains(u"--database <url>"_s));
    QVERIFY(help.err.isEmpty());
}

void TestCommandLine::wrongUsage_exitsWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s}
        << u"drivedeck: unknown command \"frobnicate\"; the commands are list, import, export, profile, compare, delete, edit, forget, deck, database\n"_s;
    QTest::newRow("unknown option")
        << QStringList{u"list"_s, u"--colour"_s} << u"drivedeck list: Unknown option 'colour'.\n"_s;
    QTest::newRow("import without file")
        << QStringList{u"import"_s}
        << u"drivedeck import: give one file to import (usage: drivedeck import FILE)\n"_s;
    QTest::newRow("export without -o")
        << QStringList{u"export"_s, u"abcd"_s}
        << u"drivedeck export: say where to write it with -o FILE (usage: drivedeck export SESSION -o FILE)\n"_s;
    QTest::newRow("bad format")
        << QStringList{u"profile"_s, u"x"_s, u"--format"_s, u"xml"_s}
        << u"drivedeck profile: unknown format \"xml\": use json or csv (usage: drivedeck profile SESSION [--round TITLE] [--format json|csv])\n"_s;
    QTest::newRow("compare needs two rounds")
        << QStringList{u"compare"_s, u"x"_s, u"--round"_s, u"Now"_s}
        << u"drivedeck compare: give a session, two --round options, and optionally a second session (usage: drivedeck compare SESSION --round A [SESSION2] --round B [--format json|csv])\n"_s;
    QTest::newRow("bad date")
        << QStringList{u"profile"_s, u"--all"_s, u"--from"_s, u"23-11-2026"_s}
        << u"drivedeck profile: \"23-11-2026\" is not a date; write it as 2026-11-23 (usage: drivedeck profile SESSION [--round TITLE] [--format json|csv])\n"_s;
    QTest::newRow("targets without --all")
        << QStringList{u"profile"_s, u"x"_s, u"--include-targets"_s}
        << u"drivedeck profile: --include-targets goes with --all (usage: drivedeck profile SESSION [--round TITLE] [--format json|csv])\n"_s;
    const QString edit =
        u" (usage: drivedeck edit SESSION [--title T] [--team T] [--date YYYY-MM-DD] [--tag G]... [--untag G]... [--anonymous on|off])\n"_s;
    QTest::newRow("edit without a change")
        << QStringList{u"edit"_s, u"x"_s}
        << u"drivedeck edit: say what to change: --title, --team, --date, --tag, --untag or --anonymous"_s +
               edit;
    QTest::newRow("edit without a session") << QStringList{u"edit"_s, u"--team"_s, u"Care"_s}
                                            << u"drivedeck edit: give one session to edit"_s + edit;
    QTest::newRow("edit, bad date")
        << QStringList{u"edit"_s, u"x"_s, u"--date"_s, u"2026-02-30"_s}
        << u"drivedeck edit: \"2026-02-30\" is not a date; write it as 2026-11-23"_s + edit;
    QTest::newRow("edit, bad on|off")
        << QStringList{u"edit"_s, u"x"_s, u"--anonymous"_s, u"maybe"_s}
        << u"drivedeck edit: \"maybe\" is not on or off for --anonymous"_s + edit;
    QTest::newRow("edit, empty title")
        << QStringList{u"edit"_s, u"x"_s, u"--title"_s, u" "_s}
        << u"drivedeck edit: a session's title cannot be empty"_s + edit;
    QTest::newRow("forget nobody")
        << QStringList{u"forget"_s}
        << u"drivedeck forget: give the name of the one person to forget (usage: drivedeck forget PARTICIPANT [--session S] [--yes])\n"_s;
}

void TestCommandLine::wrongUsage_exitsWith2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err, message);
}

void TestCommandLine::importCsv_thenProfile_matchesHandCalculation()
{
    const QString id = importWorkshop({u"--team"_s, u"Sales"_s});
    QCOMPARE(id.size(), 36);
    const Run profile = run({u"profile"_s, id.left(8), u"--format"_s, u"json"_s});
    QCOMPARE(profile.exitCode, 0);
    const QJsonObject p = json(profile.out);

    // Round "What drives you now": Anna {idealism}; Bram {idealism, connection, achievement,
    // fitness}; Cas {idealism, curiosity} and "not me" prestige; Dewi only "not me": absent.
    QCOMPARE(p[u"session"_s].toString(), id);
    QCOMPARE(p[u"round"_s].toString(), u"What drives you now"_s);
    QCOMPARE(p[u"participants"_s].toInt(), 3);
    const QJsonArray drives = p[u"drives"_s].toArray();
    QCOMPARE(drives.size(), 24);
    QCOMPARE(drives.at(0).toObject()[u"id"_s].toInt(), 1);
    // idealism: (1 + 1/4 + 1/2) / 3 = 0.58333...; reach 3/3.
    QCOMPARE(numberOf(drives, u"idealism"_s, u"share"_s), 0.5833);
    QCOMPARE(numberOf(drives, u"idealism"_s, u"reach"_s), 1.0);
    QCOMPARE(numberOf(drives, u"idealism"_s, u"picks"_s), 3.0);
    QCOMPARE(numberOf(drives, u"curiosity"_s, u"share"_s), 0.1667);  // (1/2) / 3
    QCOMPARE(numberOf(drives, u"connection"_s, u"share"_s), 0.0833); // (1/4) / 3
    QCOMPARE(numberOf(drives, u"connection"_s, u"reach"_s), 0.3333);
    QCOMPARE(numberOf(drives, u"prestige"_s, u"picks"_s), 0.0); // "not me" does not count
    const QJsonArray domains = p[u"domains"_s].toArray();
    QCOMPARE(numberOf(domains, u"basics"_s, u"share"_s), 0.6667);
    QCOMPARE(numberOf(domains, u"basics"_s, u"picks"_s), 4.0);
    QCOMPARE(numberOf(domains, u"basics"_s, u"affinity"_s), 2.6667); // 0.6667 / (6/24)
    QCOMPARE(numberOf(domains, u"basics"_s, u"affinityIndex"_s), 267.0);
    QCOMPARE(numberOf(domains, u"ambition"_s, u"affinity"_s), 0.25); // (1/12) / (8/24)
    QCOMPARE(numberOf(domains, u"vitality"_s, u"affinity"_s), 1.0);  // (1/12) / (2/24)
    QCOMPARE(p[u"coverage"_s].toInt(), 5);
    QCOMPARE(p[u"domainsCovered"_s].toInt(), 4);
    // Spread .4667 + .0333 + .1167 + .1167 + .2 = .9333; 1 - .9333/1.6 = .4167.
    QCOMPARE(p[u"balance"_s].toDouble(), 0.4167);
    QCOMPARE(strings(p[u"topDrives"_s]),
             (QStringList{u"idealism"_s, u"curiosity"_s, u"connection"_s, u"achievement"_s,
                          u"fitness"_s}));
    QCOMPARE(p[u"dominantDomain"_s].toString(), u"basics"_s);
    QCOMPARE(strings(p[u"blindSpots"_s].toObject()[u"domains"_s]), QStringList{u"attraction"_s});
    QCOMPARE(strings(p[u"blindSpots"_s].toObject()[u"drives"_s]).size(), 19);
    QCOMPARE(strings(p[u"sharedDrives"_s]), QStringList{u"idealism"_s});
    // The "not me" side: Cas rejects prestige, Dewi order; nobody picked either, so neither
    // polarises.
    QCOMPARE(numberOf(drives, u"prestige"_s, u"rejections"_s), 1.0);
    QCOMPARE(numberOf(drives, u"order"_s, u"rejections"_s), 1.0);
    QCOMPARE(numberOf(drives, u"idealism"_s, u"rejections"_s), 0.0);
    QVERIFY(p[u"polarising"_s].isArray());
    QCOMPARE(strings(p[u"polarising"_s]), QStringList{});
    // Buddies by alignment: Anna-Cas 0.5, Anna-Bram 0.25, Bram-Cas 0.25 (Bram's tie: Anna,
    // first in the round). Dewi picked nothing as "me" and has no buddies.
    const QJsonArray buddies = p[u"buddies"_s].toArray();
    QCOMPARE(buddies.size(), 3);
    const QStringList expected[] = {{u"Anna"_s, u"Cas"_s, u"Bram"_s},
                                    {u"Bram"_s, u"Anna"_s, u"Anna"_s},
                                    {u"Cas"_s, u"Anna"_s, u"Bram"_s}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject b = buddies.at(i).toObject();
        QCOMPARE((QStringList{b[u"participant"_s].toString(), b[u"mostSimilar"_s].toString(),
                              b[u"mostComplementary"_s].toString()}),
                 expected[i]);
    }
}

void TestCommandLine::profile_csvHoldsTheSameFigures()
{
    const QString id = importWorkshop();
    const Run csv = run({u"profile"_s, id, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"section,key,picks,reach,share,affinity,value"_s);
    QCOMPARE(lines.size(), 1 + 24 + 5 + 12);
    // One round: every respondent is one person.
    QVERIFY(lines.contains(u"summary,participants,,,,,3"_s));
    QVERIFY(lines.contains(u"summary,respondents,,,,,3"_s));
    QVERIFY(lines.contains(u"summary,people,,,,,3"_s));
    QVERIFY(lines.contains(u"drive,idealism,3,1,0.5833,,"_s));
    QVERIFY(lines.contains(u"domain,basics,4,,0.6667,2.6667,"_s));
    QVERIFY(lines.contains(u"summary,balance,,,,,0.4167"_s));
    QVERIFY(lines.contains(
        u"summary,topDrives,,,,,idealism curiosity connection achievement fitness"_s));
}

void TestCommandLine::compare_twoRoundsOfOneSession()
{
    const QString id = importWorkshop();
    const Run compare = run({u"compare"_s, id, u"--round"_s, u"What drives you now"_s, u"--round"_s,
                             u"what should drive our team"_s});
    QCOMPARE(compare.exitCode, 0);
    const QJsonObject c = json(compare.out);
    // Now: idealism .5833, connection/achievement/fitness .0833, curiosity .1667.
    // Team: connection 1/4, curiosity (1/2 + 1/3) / 2 = .4167, beauty 1/6, health 1/6.
    // |delta|: .5833 + .1667 + .0833 + .0833 + .25 + .1667 + .1667 = 1.5; alignment 1 - .75.
    QCOMPARE(c[u"alignment"_s].toDouble(), 0.25);
    QCOMPARE(numberOf(c[u"driveDelta"_s].toArray(), u"idealism"_s, u"delta"_s), -0.5833);
    QCOMPARE(numberOf(c[u"driveDelta"_s].toArray(), u"curiosity"_s, u"delta"_s), 0.25);
    QCOMPARE(numberOf(c[u"domainDelta"_s].toArray(), u"basics"_s, u"delta"_s), -0.4167);
    QCOMPARE(numberOf(c[u"domainDelta"_s].toArray(), u"attraction"_s, u"delta"_s), 0.1667);
    QCOMPARE(strings(c[u"biggestGaps"_s]),
             (QStringList{u"idealism"_s, u"curiosity"_s, u"connection"_s, u"health"_s, u"beauty"_s,
                          u"achievement"_s, u"fitness"_s}));
    const Run csv = run({u"compare"_s, id, u"--round"_s, u"What drives you now"_s, u"--round"_s,
                         u"What should drive our team"_s, u"--format"_s, u"csv"_s});
    QVERIFY(csv.out.contains(u"summary,alignment,,0.25\n"_s));
}

void TestCommandLine::import_badCsv_changesNothing()
{
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("participant,round,drive\nAnna,Now,1\nBram,Now,idealsm\nCas,Now,99\n");
    file.close();
    const Run imported = run({u"import"_s, bad});
    QCOMPARE(imported.exitCode, 1);
    QCOMPARE(imported.err.count(u'\n'), 1);
    QVERIFY2(imported.err.startsWith(u"drivedeck import: \""_s + bad +
                                     u"\": line 3, column \"drive\": unknown drive \"idealsm\""_s),
             qPrintable(imported.err));
    QVERIFY(imported.err.contains(u"; line 4, column \"drive\": unknown drive \"99\""_s));
    QCOMPARE(run({u"list"_s}).out.count(u'\n'), 1); // the header only
}

void TestCommandLine::import_hostileSessionFile_changesNothing()
{
    const QString path = m_dir.filePath(u"cut.drivedeck"_s);
    const auto session = PicksCsv::import(
        [] {
            QFile f(Workshop);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }(),
        {u"W"_s, {}});
    QVERIFY(SessionFile::write(*session, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    const Run imported = run({u"import"_s, path});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.startsWith(u"drivedeck import: \""_s + path + u"\" is cut off"_s),
             qPrintable(imported.err));
    QCOMPARE(run({u"list"_s}).out.count(u'\n'), 1);
}

void TestCommandLine::exportAndImport_sessionFile_copyOrReplace()
{
    const QString id = importWorkshop();
    const QString path = m_dir.filePath(u"handover.drivedeck"_s);
    const Run exported = run({u"export"_s, id, u"-o"_s, path});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(SessionFile::read(path).ok());

    // The same id is already here: a copy with a new id, unless --replace.
    const Run copy = run({u"import"_s, path, u"--title"_s, u"Copy"_s});
    QCOMPARE(copy.exitCode, 0);
    QVERIFY(!copy.out.contains(id));
    const Run replaced = run({u"import"_s, path, u"--replace"_s, u"--title"_s, u"Replaced"_s});
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY(replaced.out.contains(id));
    const QString list = run({u"list"_s}).out;
    QCOMPARE(list.count(u'\n'), 3);
    QVERIFY(list.contains(u"Replaced"_s) && list.contains(u"Copy"_s) &&
            !list.contains(u"workshop"_s));
}

void TestCommandLine::export_csvRoundTrips()
{
    const QString id = importWorkshop();
    const QString path = m_dir.filePath(u"picks.csv"_s);
    QCOMPARE(run({u"export"_s, id, u"-o"_s, path}).exitCode, 0);
    const Run toTerminal = run({u"export"_s, id, u"-o"_s, u"-"_s});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(toTerminal.out.toUtf8(), written);
    QVERIFY(written.startsWith("round,participant,drive,rank,polarity,note\n"));
    QCOMPARE(written.count('\n'), 1 + 14 + 1); // header, 14 picks, one note over two lines
    QCOMPARE(run({u"import"_s, path, u"--title"_s, u"Again"_s}).exitCode, 0);
    const Run again = run({u"profile"_s, u"Again"_s});
    const Run original = run({u"profile"_s, id});
    QCOMPARE(json(again.out)[u"drives"_s], json(original.out)[u"drives"_s]);
}

void TestCommandLine::delete_asksUnlessYes()
{
    const QString id = importWorkshop();
    const Run declined = run({u"delete"_s, id}, u"n\n"_s);
    QCOMPARE(declined.exitCode, 1);
    QVERIFY(declined.out.startsWith(u"Delete “workshop” (4 participants, 14 picks)?"_s));
    QCOMPARE(declined.err, u"drivedeck delete: not deleted\n"_s);
    const Run noAnswer = run({u"delete"_s, id});
    QCOMPARE(noAnswer.exitCode, 1);
    QCOMPARE(run({u"list"_s}).out.count(u'\n'), 2);
    const Run accepted = run({u"delete"_s, id}, u"y\n"_s);
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(run({u"list"_s}).out.count(u'\n'), 1);
    const QString second = importWorkshop();
    QCOMPARE(run({u"delete"_s, second, u"--yes"_s}).exitCode, 0);
}

void TestCommandLine::profileAll_aggregatesAndFilters()
{
    importWorkshop({u"--team"_s, u"Sales"_s});
    importWorkshop({u"--team"_s, u"Care"_s});
    const Run all = run({u"profile"_s, u"--all"_s});
    QCOMPARE(all.exitCode, 0);
    const QJsonObject a = json(all.out);
    QCOMPARE(a[u"sessions"_s].toInt(), 2);
    QCOMPARE(a[u"participants"_s].toInt(), 10); // (3 + 2) respondents in each
    QVERIFY(a[u"session"_s].isNull());
    const Run sales = run({u"profile"_s, u"--all"_s, u"--team"_s, u"Sales"_s, u"--round"_s,
                           u"What drives you now"_s});
    const QJsonObject s = json(sales.out);
    QCOMPARE(s[u"sessions"_s].toInt(), 1);
    QCOMPARE(s[u"participants"_s].toInt(), 3);
    QCOMPARE(numberOf(s[u"drives"_s].toArray(), u"idealism"_s, u"share"_s), 0.5833);
    QCOMPARE(s[u"filter"_s].toObject()[u"team"_s].toString(), u"Sales"_s);
    QCOMPARE(s[u"balance"_s].toDouble(), 0.4167);
}

void TestCommandLine::unknownSession_saysSo()
{
    const Run profile = run({u"profile"_s, u"nothing-here"_s});
    QCOMPARE(profile.exitCode, 1);
    QCOMPARE(
        profile.err,
        u"drivedeck profile: No session matches \"nothing-here\". \"drivedeck list\" shows the saved sessions.\n"_s);
    const QString id = importWorkshop();
    const Run round = run({u"profile"_s, id, u"--round"_s, u"Later"_s});
    QCOMPARE(round.exitCode, 1);
    QCOMPARE(
        round.err,
        u"drivedeck profile: “workshop” has no round \"Later\"; its rounds are \"What drives you now\", \"What should drive our team\".\n"_s);
}

void TestCommandLine::profileAll_filterMatchingNothing_saysSoOnStderr_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("said"); // empty: something matches, nothing said
    QTest::newRow("team") << QStringList{u"--team"_s, u"Nobody"_s}
                          << u"drivedeck profile: no saved session matches --team \"Nobody\"\n"_s;
    QTest::newRow("tag") << QStringList{u"--tag"_s, u"q9"_s}
                         << u"drivedeck profile: no saved session matches --tag \"q9\"\n"_s;
    QTest::newRow("dates")
        << QStringList{u"--from"_s, u"2027-01-01"_s, u"--to"_s, u"2027-12-31"_s}
        << u"drivedeck profile: no saved session matches --from \"2027-01-01\" --to \"2027-12-31\"\n"_s;
    QTest::newRow("round") << QStringList{u"--round"_s, u"Later"_s}
                           << u"drivedeck profile: no saved session matches --round \"Later\"\n"_s;
    QTest::newRow("team and round")
        << QStringList{u"--team"_s, u"Sales"_s, u"--round"_s, u"Later"_s}
        << u"drivedeck profile: no saved session matches --team \"Sales\" --round \"Later\"\n"_s;
    QTest::newRow("a match") << QStringList{u"--team"_s, u"Sales"_s} << QString();
    QTest::newRow("no filter") << QStringList{} << QString();
}

void TestCommandLine::profileAll_filterMatchingNothing_saysSoOnStderr()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, said);
    importWorkshop({u"--team"_s, u"Sales"_s, u"--date"_s, u"2026-03-04"_s, u"--tag"_s, u"pilot"_s});
    for (const QString &format : {u"json"_s, u"csv"_s}) {
        const Run profile =
            run(QStringList{u"profile"_s, u"--all"_s, u"--format"_s, format} + filters);
        QCOMPARE(profile.exitCode, 0);
        QCOMPARE(profile.err, said);
        // The profile is still written, empty when nothing matches.
        if (format == u"json"_s) {
            const QJsonObject p = json(profile.out);
            QCOMPARE(p[u"drives"_s].toArray().size(), 24);
            QCOMPARE(p[u"sessions"_s].toInt(), said.isEmpty() ? 1 : 0);
            QCOMPARE(p[u"people"_s].toInt(), said.isEmpty() ? 4 : 0);
        } else {
            QVERIFY(profile.out.startsWith(u"section,key,picks,reach,share,affinity,value\n"_s));
            QVERIFY(profile.out.contains(said.isEmpty() ? u"summary,respondents,,,,,5\n"_s
                                                        : u"summary,respondents,,,,,0\n"_s));
        }
    }
}

void TestCommandLine::profileAll_countsPeopleAndRespondentsApart_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("respondents");
    // Launch (Sales): Anna, Bram and Cas pick in two rounds, Brand in a target round.
    // Care day (Care): Dewi and Eve in one round.
    QTest::newRow("one team") << QStringList{u"--team"_s, u"Sales"_s} << 1 << 3 << 6;
    QTest::newRow("one team with targets")
        << QStringList{u"--team"_s, u"Sales"_s, u"--include-targets"_s} << 1 << 4 << 7;
    QTest::newRow("everything") << QStringList{} << 2 << 5 << 8;
    QTest::newRow("everything with targets") << QStringList{u"--include-targets"_s} << 2 << 6 << 9;
    QTest::newRow("one round") << QStringList{u"--round"_s, u"Now"_s} << 2 << 5 << 5;
}

void TestCommandLine::profileAll_countsPeopleAndRespondentsApart()
{
    QFETCH(QStringList, options);
    QFETCH(int, sessions);
    QFETCH(int, people);
    QFETCH(int, respondents);
    {
        // A CSV cannot say that a round is a target round: the sessions are saved directly.
        using DriveDeck::Testing::SessionBuilder;
        SessionBuilder launch(u"Launch"_s);
        launch.participant(u"Anna"_s).participant(u"Bram"_s).participant(u"Cas"_s);
        launch.round(u"Now"_s).round(u"Desired"_s).participant(u"Brand"_s).round(u"Brand"_s);
        launch.session().rounds[2].target = true;
        launch.session().rounds[2].participantIds = {launch.session().participants.at(3).id};
        launch.picks(0, 0, {1}).picks(0, 1, {2, 3}).picks(0, 2, {4});
        launch.picks(1, 0, {5}).picks(1, 1, {6}).picks(1, 2, {7});
        launch.picks(2, 3, {8, 9});
        launch.session().team = u"Sales"_s;
        SessionBuilder care(u"Care day"_s);
        care.participant(u"Dewi"_s).participant(u"Eve"_s).round(u"Now"_s);
        care.picks(0, 0, {1}).picks(0, 1, {10});
        care.session().team = u"Care"_s;
        care.session().id = QUuid::createUuid();
        auto store = SessionStore::open(DatabaseConfig::sqlite(m_database));
        QVERIFY(store.ok());
        for (Session session : {launch.build(), care.build()})
            QVERIFY((*store)->save(session).ok());
    }
    const Run profile = run(QStringList{u"profile"_s, u"--all"_s} + options);
    QCOMPARE(profile.exitCode, 0);
    QCOMPARE(profile.err, QString());
    const QJsonObject p = json(profile.out);
    QCOMPARE(p[u"sessions"_s].toInt(), sessions);
    QCOMPARE(p[u"people"_s].toInt(), people);
    QCOMPARE(p[u"respondents"_s].toInt(), respondents);
    QCOMPARE(p[u"participants"_s].toInt(), respondents); // the older name, unchanged
    QCOMPARE(p[u"filter"_s].toObject()[u"include-targets"_s].toBool(),
             options.contains(u"--include-targets"_s));
    const Run csv = run(QStringList{u"profile"_s, u"--all"_s, u"--format"_s, u"csv"_s} + options);
    QVERIFY(csv.out.contains(u"summary,people,,,,,%1\n"_s.arg(people)));
    QVERIFY(csv.out.contains(u"summary,respondents,,,,,%1\n"_s.arg(respondents)));
}

void TestCommandLine::forget_listsWhatGoesAndAsksFirst()
{
    const QString first = importWorkshop();
    const QString second = importWorkshop({u"--title"_s, u"Second"_s});
    // Anna picked idealism in the first round, with a story, and two cards in the second.
    const QString table =
        u"  id        picks  notes  agreements  mentions  session\n"
        "  %1      3      1           0         0  Second\n"
        "  %2      3      1           0         0  workshop\n"_s.arg(second.left(8), first.left(8));
    const QString question =
        u"Forget “anna”? From these sessions go their name and alias, their picks with their "
        "notes, their scans, target rounds only they picked and the agreements they own; other "
        "texts that mention them keep their words, with “[name removed]” for the name:\n"_s +
        table + u"This cannot be undone. [y/N] "_s;
    for (const QString &answer : {u"n\n"_s, u""_s, u"whatever\n"_s}) {
        const Run declined = run({u"forget"_s, u"anna"_s}, answer);
        QCOMPARE(declined.exitCode, 1);
        QCOMPARE(declined.out, question);
        QCOMPARE(declined.err, u"drivedeck forget: nothing was forgotten\n"_s);
    }
    for (const QString &id : {first, second}) {
        const Session kept = stored(id);
        QCOMPARE(kept.revision, 1);
        QCOMPARE(kept.participants.size(), 4);
        QCOMPARE(kept.picks.size(), 14);
    }

    const Run accepted = run({u"forget"_s, u" ANNA "_s}, u"y\n"_s);
    QCOMPARE(accepted.exitCode, 0);
    QVERIFY2(accepted.out.endsWith(u"[y/N] Forgot “ANNA”:\n"_s + table), qPrintable(accepted.out));
    QCOMPARE(accepted.err, QString());
    for (const QString &id : {first, second}) {
        const Session changed = stored(id);
        QCOMPARE(changed.revision, 2);
        QCOMPARE(changed.participants.size(), 3);
        QCOMPARE(changed.picks.size(), 11);
        for (const Participant &p : changed.participants)
            QVERIFY(p.displayName != u"Anna"_s);
        for (const Pick &pick : changed.picks)
            QVERIFY(!pick.note.contains(u"Monday"_s));
    }
}

void TestCommandLine::forget_sessionOption_limitsIt()
{
    const QString first = importWorkshop();
    const QString second = importWorkshop({u"--title"_s, u"Second"_s});
    const Run forgotten = run({u"forget"_s, u"Dewi"_s, u"--session"_s, u"Second"_s, u"--yes"_s});
    QCOMPARE(forgotten.exitCode, 0);
    // Dewi's "not me" and three cards in the second round; no stories.
    QCOMPARE(forgotten.out,
             u"Forgot “Dewi”:\n"
             "  id        picks  notes  agreements  mentions  session\n"
             "  %1      4      0           0         0  Second\n"_s.arg(second.left(8)));
    QCOMPARE(stored(second).participants.size(), 3);
    QCOMPARE(stored(first).participants.size(), 4);
    QCOMPARE(stored(first).revision, 1);
    // Now only the first session has her.
    const Run again = run({u"forget"_s, u"dewi"_s, u"--session"_s, second.left(8)});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err, u"drivedeck forget: nobody called \"dewi\" in “Second”, and no text "
                        "there names them; nothing was changed\n"_s);
    const Run unknownSession = run({u"forget"_s, u"Dewi"_s, u"--session"_s, u"Third"_s});
    QCOMPARE(unknownSession.exitCode, 1);
    QCOMPARE(unknownSession.err, u"drivedeck forget: No session matches \"Third\". \"drivedeck "
                                 "list\" shows the saved sessions.\n"_s);
}

void TestCommandLine::forget_unknownPerson_saysSoAndChangesNothing()
{
    const QString id = importWorkshop();
    // "Ann" is not "Anna": names match whole.
    for (const QString &name : {u"Zed"_s, u"Ann"_s}) {
        const Run nobody = run({u"forget"_s, name, u"--yes"_s});
        QCOMPARE(nobody.exitCode, 1);
        QCOMPARE(nobody.out, QString());
        QCOMPARE(nobody.err, u"drivedeck forget: nobody called \"%1\" in the saved sessions, and "
                             "no text names them; nothing was changed\n"_s.arg(name));
    }
    QCOMPARE(stored(id).revision, 1);
}

void TestCommandLine::edit_changesMetadataAndSaysWhat()
{
    const QString id = importWorkshop({u"--team"_s, u"Sales"_s, u"--date"_s, u"2026-03-04"_s,
                                       u"--tag"_s, u"pilot"_s, u"--tag"_s, u"north"_s});
    const Run edited =
        run({u"edit"_s, id.left(8), u"--title"_s, u" Launch "_s, u"--team"_s, u"Care"_s,
             u"--date"_s, u"2026-03-05"_s, u"--untag"_s, u"PILOT"_s, u"--tag"_s, u"q1"_s,
             u"--tag"_s, u"North"_s, u"--anonymous"_s, u"on"_s});
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.err, QString());
    QCOMPARE(edited.out, u"Changed “workshop”:\n"
                         "  title: workshop → Launch\n"
                         "  team: Sales → Care\n"
                         "  date: 2026-03-04 → 2026-03-05\n"
                         "  tags: pilot, north → north, q1\n"
                         "  anonymous: off → on\n"_s);
    Session session = stored(id);
    QCOMPARE(session.title, u"Launch"_s);
    QCOMPARE(session.team, u"Care"_s);
    QCOMPARE(session.date, QDate(2026, 3, 5));
    QCOMPARE(session.tags, (QStringList{u"north"_s, u"q1"_s}));
    QVERIFY(session.anonymous);
    QCOMPARE(session.revision, 2);
    QCOMPARE(session.picks.size(), 14); // the rest as it was

    // The same again changes nothing, and says so; one change at a time works by title.
    const Run same = run({u"edit"_s, u"Launch"_s, u"--team"_s, u"Care"_s});
    QCOMPARE(same.exitCode, 0);
    QCOMPARE(same.out, u"“Launch” is already as asked; nothing was changed.\n"_s);
    QCOMPARE(stored(id).revision, 2);
    const Run off = run({u"edit"_s, u"Launch"_s, u"--anonymous"_s, u"OFF"_s, u"--team"_s, u""_s});
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(off.out, u"Changed “Launch”:\n  team: Care → \n  anonymous: on → off\n"_s);
    QVERIFY(!stored(id).anonymous);
    QCOMPARE(stored(id).revision, 3);
}

void TestCommandLine::edit_unknownTag_changesNothing()
{
    const QString id = importWorkshop({u"--tag"_s, u"pilot"_s});
    const Run edited = run({u"edit"_s, id, u"--title"_s, u"Renamed"_s, u"--untag"_s, u"q1"_s});
    QCOMPARE(edited.exitCode, 1);
    QCOMPARE(edited.err, u"drivedeck edit: “workshop” has no tag \"q1\"; its tags are \"pilot\". "
                         "Nothing was changed.\n"_s);
    QCOMPARE(stored(id).title, u"workshop"_s);
    QCOMPARE(stored(id).revision, 1);
    const Run unknown = run({u"edit"_s, u"nothing-here"_s, u"--team"_s, u"Care"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.err,
             u"drivedeck edit: No session matches \"nothing-here\". \"drivedeck list\" "
             "shows the saved sessions.\n"_s);
}

void TestCommandLine::binary_runsWithoutADisplay()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    // Settings of its own, not the ones of whoever runs the tests.
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config-empty"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DRIVEDECK_BINARY),
                  {u"import"_s, Workshop, u"--database"_s, m_database});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("Imported “workshop” as "));
    process.start(QStringLiteral(DRIVEDECK_BINARY),
                  {u"profile"_s, u"workshop"_s, u"--database"_s, m_database});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(json(QString::fromUtf8(process.readAllStandardOutput()))[u"balance"_s].toDouble(),
             0.4167);
    process.start(QStringLiteral(DRIVEDECK_BINARY), {u"list"_s, u"--database"_s, u"mysql://x/y"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(process.readAllStandardError(),
             QByteArray("drivedeck list: \"mysql://x/y\" is not a database DriveDeck can use: give "
                        "a file path or a postgresql:// address.\n"));
}

void TestCommandLine::binary_speaksTheLanguageChosenInTheWindow()
{
    // The window saved Dutch as the language; the next start, here the command line, uses it.
    const QString config = m_dir.filePath(u"config-nl"_s);
    {
        Settings settings(config + u"/DriveDeck/DriveDeck.conf"_s);
        settings.setLanguage(u"nl"_s);
        settings.sync();
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DRIVEDECK_BINARY), {u"list"_s, u"--database"_s, m_database});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString header = QString::fromUtf8(process.readAllStandardOutput()).section(u'\n', 0, 0);
    QVERIFY2(header.contains(u"titel"_s) && header.contains(u"deelnemers"_s), qPrintable(header));
}

void TestCommandLine::help_needsNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"Commands:"_s << 0;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"Commands:"_s << 0;
    QTest::newRow("help") << QStringList{u"help"_s} << u"Commands:"_s << 0;
    QTest::newRow("help import") << QStringList{u"help"_s, u"import"_s}
                                 << u"Usage: drivedeck import"_s << 0;
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"DriveDeck "_s << 0;
    // A mistyped command is one, not a window that cannot open.
    QTest::newRow("mistyped command")
        << QStringList{u"lsit"_s}
        << u"drivedeck: unknown command \"lsit\"; the commands are list, import, export, "
           "profile, compare, delete, edit, forget, deck, database, chart, report\n"_s
        << 2;
    // The window without a display: said, not aborted.
    QTest::newRow("window") << QStringList{}
                            << u"drivedeck: there is no display to show the window on (DISPLAY "
                               "is not set); the commands work without one: drivedeck help\n"_s
                            << 1;
    QTest::newRow("a file") << QStringList{u"team.drivedeck"_s} << u"there is no display"_s << 1;
}

// Once these aborted (SIGABRT) where there is no display: they tried to open a window first.
void TestCommandLine::help_needsNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
    env.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DRIVEDECK_BINARY), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString out = QString::fromUtf8(exitCode == 0 ? process.readAllStandardOutput()
                                                        : process.readAllStandardError());
    QVERIFY2(out.contains(expected), qPrintable(out));
    // Looking leaves no settings behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    if (expected == u"Commands:"_s) {
        for (const char *command : {"list", "import", "export", "profile", "compare", "delete",
                                    "deck", "chart", "report"})
            QVERIFY2(out.contains(u"\n  "_s + QLatin1String(command)), command);
    }
}

// A CSV says nothing of its workshop's date, tags, language or facilitator: the import takes
// them, so that profile --all --tag and the date filters find imported workshops.
void TestCommandLine::import_setsWhatTheFileDoesNotSay()
{
    const QString id = importWorkshop({u"--date"_s, u"2026-03-04"_s, u"--tag"_s, u"pilot"_s,
                                       u"--tag"_s, u" Sales  team "_s, u"--tag"_s, u"PILOT"_s,
                                       u"--language"_s, u"nl"_s, u"--facilitator"_s, u" Kim "_s});
    auto store = SessionStore::open(DatabaseConfig::sqlite(m_database));
    QVERIFY(store.ok());
    const auto session = (*store)->load(QUuid::fromString(id));
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    QCOMPARE(session->date, QDate(2026, 3, 4));
    QCOMPARE(session->tags, (QStringList{u"pilot"_s, u"Sales team"_s}));
    QCOMPARE(session->language, u"nl"_s);
    QCOMPARE(session->facilitator, u"Kim"_s);
    const Run found = run({u"profile"_s, u"--all"_s, u"--tag"_s, u"pilot"_s, u"--from"_s,
                           u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s, u"--format"_s, u"json"_s});
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(json(found.out)[u"sessions"_s].toInt(), 1);
}

void TestCommandLine::import_badMetadata_isUsage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("date") << QStringList{u"--date"_s, u"2026-13-01"_s}
                          << u"\"2026-13-01\" is not a date; write it as 2026-11-23"_s;
    QTest::newRow("language") << QStringList{u"--language"_s, u"fr"_s}
                              << u"\"fr\" is not a language DriveDeck knows: use en or nl"_s;
}

void TestCommandLine::import_badMetadata_isUsage()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const Run imported = run(QStringList{u"import"_s, Workshop} + options);
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains(message), qPrintable(imported.err));
    QVERIFY(run({u"list"_s}).out.count(u'\n') <= 1); // nothing imported
}

void TestCommandLine::list_saysWhoChangedWhatWhen()
{
    importWorkshop({});
    const Run listed = run({u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"  changed "_s) && lines.at(0).endsWith(u"  by"_s),
             qPrintable(lines.at(0)));
    // The moment of the import, to the minute.
    const QRegularExpression changed(QDate::currentDate().toString(Qt::ISODate) +
                                     u" \\d\\d:\\d\\d  "_s);
    QVERIFY2(changed.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
}

void TestCommandLine::binary_linksNoChartPdfOrNetworkLibrary()
{
    // Those are the outputs module's (libdrivedeck-outputs.so): a start loads none of them.
    QProcess ldd;
    ldd.start(u"ldd"_s, {QStringLiteral(DRIVEDECK_BINARY)});
    QVERIFY(ldd.waitForFinished(30000));
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(u"libQt6Widgets"_s), qPrintable(libraries));
    for (const QString &library :
         {u"libQt6Charts"_s, u"libQt6Pdf"_s, u"libQt6Network"_s, u"libQt6OpenGL"_s})
        QVERIFY2(!libraries.contains(library), qPrintable(library + u" in\n"_s + libraries));
}

void TestCommandLine::binary_withoutItsModule_saysWhatIsMissing()
{
    // The program copied alone into a folder: the module is neither beside it nor installed.
    const QString alone = m_dir.filePath(u"alone"_s);
    QVERIFY(QDir().mkpath(alone));
    const QString program = QDir(alone).filePath(u"drivedeck"_s);
    QVERIFY(QFile::copy(QStringLiteral(DRIVEDECK_BINARY), program));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DRIVEDECK_MODULE_DIR"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config-empty"_s));
    env.insert(u"LANGUAGE"_s, u"en"_s);
    QProcess chart;
    chart.setProcessEnvironment(env);
    chart.start(program, {u"chart"_s, u"x"_s, u"--kind"_s, u"domains"_s, u"-o"_s,
                          m_dir.filePath(u"x.svg"_s), u"--database"_s, m_database});
    QVERIFY(chart.waitForFinished(30000));
    QCOMPARE(chart.exitCode(), 1);
    const QString said = QString::fromUtf8(chart.readAllStandardError()).trimmed();
    // (The folder as the system names it: the program finds its own path before Qt starts.)
    QVERIFY2(said.startsWith(u"drivedeck: DriveDeck's charts and reports "
                             u"(libdrivedeck-outputs.so) are missing from "_s +
                             QFileInfo(alone).canonicalFilePath()),
             qPrintable(said));
    QVERIFY2(said.endsWith(u"Install DriveDeck again."_s), qPrintable(said));
    QCOMPARE(said.count(u'\n'), 0);
    // The rest of the program works without it.
    QProcess list;
    list.setProcessEnvironment(env);
    list.start(program, {u"list"_s, u"--database"_s, m_database});
    QVERIFY(list.waitForFinished(30000));
    QCOMPARE(list.exitCode(), 0);
}

void TestCommandLine::binary_secondStart_handsItsFileToTheWindow()
{
    // The window (offscreen) listens once its outputs module is loaded; a second start with a
    // session file hands the file over and ends, and the window imports it.
    const QString home = m_dir.filePath(u"handover"_s);
    QVERIFY(QDir().mkpath(home + u"/run"_s));
    QFile(home + u"/run"_s)
        .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = environmentIn(home);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(DRIVEDECK_BINARY), {u"--language"_s, u"en"_s});
    QVERIFY(window.waitForStarted(30000));
    const auto closeWindow = qScopeGuard([&window] {
        window.terminate();
        if (!window.waitForFinished(10000))
            window.kill();
    });
    const QString file = QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/session-format1.drivedeck");
    // Until the window listens (its module loads a moment after start), a second start would
    // open a window of its own: asked again until one is handed the file.
    bool handed = false;
    for (int attempt = 0; attempt < 240 && !handed; ++attempt) { // a minute, for sanitizers
        QTest::qWait(250);
        QProcess probe;
        probe.setProcessEnvironment(env);
        QDir runFolder(home + u"/run"_s);
        if (runFolder.entryList(QDir::System).contains(u"drivedeck-window"_s)) {
            probe.start(QStringLiteral(DRIVEDECK_BINARY), {file});
            QVERIFY(probe.waitForFinished(30000));
            QCOMPARE(probe.exitCode(), 0);
            handed = true;
        }
    }
    QVERIFY2(handed, "the window never listened");
    // The window imports it: the session is in its database.
    QString listed;
    for (int attempt = 0; attempt < 240 && !listed.contains(u"Kick-off 2026"_s); ++attempt) {
        QTest::qWait(250);
        QProcess list;
        list.setProcessEnvironment(env);
        list.start(QStringLiteral(DRIVEDECK_BINARY), {u"list"_s});
        QVERIFY(list.waitForFinished(30000));
        listed = QString::fromUtf8(list.readAllStandardOutput());
    }
    QVERIFY2(listed.contains(u"Kick-off 2026"_s), qPrintable(listed));
}

void TestCommandLine::binary_moduleCommand_beforeAFolderOfItsName()
{
    // A folder named "report" where the command is typed: still the report command.
    const QString here = m_dir.filePath(u"withfolder"_s);
    QVERIFY(QDir().mkpath(here + u"/report"_s));
    QProcess report;
    report.setWorkingDirectory(here);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config-empty"_s));
    report.setProcessEnvironment(env);
    report.start(QStringLiteral(DRIVEDECK_BINARY), {u"report"_s, u"--help"_s});
    QVERIFY(report.waitForFinished(30000));
    QCOMPARE(report.exitCode(), 0);
    const QString said = QString::fromUtf8(report.readAllStandardOutput());
    QVERIFY2(said.startsWith(u"Usage: drivedeck report"_s), qPrintable(said));
}

void TestCommandLine::binary_libraryCommand_loadsNoModule()
{
    // The command-line library's own commands do without the outputs module and its libraries.
    QProcess list;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config-empty"_s));
    env.insert(u"LD_DEBUG"_s, u"files"_s); // the dynamic loader says what it loads
    list.setProcessEnvironment(env);
    list.start(QStringLiteral(DRIVEDECK_BINARY), {u"list"_s, u"--database"_s, m_database});
    QVERIFY(list.waitForFinished(30000));
    QCOMPARE(list.exitCode(), 0);
    const QByteArray loaded = list.readAllStandardError();
    QVERIFY2(loaded.contains("libQt6Core"), "LD_DEBUG said nothing");
    QVERIFY2(!loaded.contains("libdrivedeck-outputs"), loaded.constData());
    QVERIFY(!loaded.contains("libQt6Charts"));
}

void TestCommandLine::binary_deckFromAZip_isReadByTheModule_data()
{
    QTest::addColumn<bool>("withModule");
    QTest::newRow("module beside the program") << true;
    QTest::newRow("module missing") << false;
}

// The program reads a deck's zip with the outputs module's zip reader (QuaZip is not among its
// own libraries); without the module it says so and what to do instead, and imports nothing.
void TestCommandLine::binary_deckFromAZip_isReadByTheModule()
{
    QFETCH(bool, withModule);
    const QString home = m_dir.filePath(u"zip-deck-%1"_s.arg(withModule));
    QProcessEnvironment env = environmentIn(home);
    env.insert(u"LANGUAGE"_s, u"en"_s); // the messages as written here
    QString program = QStringLiteral(DRIVEDECK_BINARY);
    if (!withModule) {
        // The program alone in a folder, where no module is found.
        program = m_dir.filePath(u"alone/drivedeck"_s);
        QVERIFY(QDir().mkpath(QFileInfo(program).absolutePath()));
        QFile::remove(program);
        QVERIFY(QFile::copy(QStringLiteral(DRIVEDECK_BINARY), program));
        env.insert(u"DRIVEDECK_MODULE_DIR"_s, m_dir.filePath(u"alone"_s));
    }
    QProcess deck;
    deck.setProcessEnvironment(env);
    deck.start(program,
               {u"deck"_s, u"import"_s, QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/tiny-deck.zip"),
                u"--name"_s, u"Tiny"_s});
    QVERIFY(deck.waitForFinished(60000));
    const QString out = QString::fromUtf8(deck.readAllStandardOutput());
    const QString err = QString::fromUtf8(deck.readAllStandardError());
    if (withModule) {
        QCOMPARE(deck.exitCode(), 0);
        QVERIFY2(out.contains(u"Imported the deck “Tiny”"_s), qPrintable(out + err));
    } else {
        QVERIFY(deck.exitCode() != 0);
        QVERIFY2(err.contains(u"DriveDeck cannot open zip archives without its module: "_s),
                 qPrintable(err));
        QVERIFY2(err.contains(u"unpack tiny-deck.zip and import its folder."_s), qPrintable(err));
        QVERIFY(!QFileInfo::exists(home + u"/data/DriveDeck/DriveDeck/decks/tiny"_s));
    }
}

void TestCommandLine::binary_firstFrame_loadsNoImagePluginNorQuaZip_data()
{
    QTest::addColumn<QString>("probe");
    QTest::addColumn<bool>("openSession");
    QTest::newRow("library") << u"library"_s << false;
    QTest::newRow("card wall") << u"wall"_s << true;
}

void TestCommandLine::binary_firstFrame_loadsNoImagePluginNorQuaZip()
{
    // Qt reads the first image file (an icon) by asking every image-format plugin whether it
    // reads it: about 5 ms of loading that the first frame, which draws no icon, does not wait
    // for. Once the frame is painted, the window sets its icon (an SVG: the SVG icon engine is
    // loaded then), and the plugins are loaded beside the window. The dynamic loader's account
    // says in which order.
    QFETCH(QString, probe);
    QFETCH(bool, openSession);
    // The library's probe waits for a listed session.
    const QString id = importWorkshop();
    QVERIFY(!id.isEmpty());
    QStringList arguments{u"--database"_s, m_database, u"--language"_s, u"en"_s};
    if (openSession)
        arguments << u"--open"_s << id;
    const QString home = m_dir.filePath(u"first-frame-"_s + probe);
    QProcessEnvironment env = environmentIn(home);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"DRIVEDECK_START_PROBE"_s, probe);
    env.insert(u"LD_DEBUG"_s, u"files"_s);
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(DRIVEDECK_BINARY), arguments);
    QVERIFY(window.waitForFinished(60000));
    QCOMPARE(window.exitCode(), 0);
    QCOMPARE(window.readAllStandardOutput(), "painted\n");
    const QByteArray loaded = window.readAllStandardError();
    const qsizetype iconEngine = loaded.indexOf("iconengines/libqsvgicon");
    QVERIFY2(iconEngine > 0, loaded.right(2000).constData());
    const QByteArray firstFrame = loaded.left(iconEngine);
    QVERIFY2(firstFrame.contains("platforms/libqoffscreen"), firstFrame.left(2000).constData());
    const qsizetype imagePlugin = firstFrame.indexOf("/imageformats/");
    QVERIFY2(imagePlugin < 0, firstFrame.mid(imagePlugin - 300, 600).constData());
    // Nor QuaZip and the Qt 5 compatibility library it needs (about 0.3 ms of every start): the
    // zip reader of photo decks is in the outputs module, loaded beside the window.
    for (const char *library : {"libquazip", "libQt6Core5Compat"})
        QVERIFY2(!firstFrame.contains(library), library);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
