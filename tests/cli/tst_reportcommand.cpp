#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Twelve people (Anna to Lotte) in "Now" and "Desired", three ranked cards each, some "not me",
// and stories that name a teammate ("…, Bram said it too.").
const QString Report = QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/report.csv");
const QStringList People{u"Anna"_s, u"Bram"_s,  u"Cas"_s, u"Dewi"_s, u"Eva"_s,  u"Floor"_s,
                         u"Gijs"_s, u"Hanna"_s, u"Ivo"_s, u"Jet"_s,  u"Kees"_s, u"Lotte"_s};

using Run = DriveDeck::Testing::ProgramRun;
using DriveDeck::Testing::runProgram;

} // namespace

// `drivedeck report` as a person runs it: the real program, no display, a database of its own;
// the PDF read back with pdftotext and pdfinfo and held against `drivedeck profile` and
// `drivedeck compare`.
class TestReportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void figures_areTheProfileCommands_data();
    void figures_areTheProfileCommands();
    void anonymous_namesNobody_inTextOrMetadata();
    void compareAndInclude_chooseWhatIsIn();
    void wrongUsage_exitsWith2AndWritesNothing_data();
    void wrongUsage_exitsWith2AndWritesNothing();
    void unknownSession_failsWithOneLine();

private:
    Run run(const QString &program, const QStringList &arguments, bool withDatabase = true);
    Run drivedeck(const QStringList &arguments)
    {
        return run(QStringLiteral(DRIVEDECK_BINARY), arguments);
    }
    QString pdfText(const QString &pdf)
    {
        return run(m_pdftotext, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}, false).out;
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_database;
    QString m_pdftotext;
    QString m_pdfinfo;
};

void TestReportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(u"report.sqlite"_s);
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    m_pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    QVERIFY2(!m_pdftotext.isEmpty() && !m_pdfinfo.isEmpty(),
             "poppler-utils is needed: packaging/quickstart.sh test installs it");
    const Run imported =
        drivedeck({u"import"_s, Report, u"--title"_s, u"Team day"_s, u"--team"_s, u"Blue"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

Run TestReportCommand::run(const QString &program, const QStringList &arguments, bool withDatabase)
{
    return runProgram(
        program, withDatabase ? arguments + QStringList{u"--database"_s, m_database} : arguments,
        m_dir.path());
}

void TestReportCommand::figures_areTheProfileCommands_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("domains"); // in catalogue order, as the report names them
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"Basics"_s, u"Self-development"_s, u"Ambition"_s,
                                       u"Vitality"_s, u"Attraction"_s};
    QTest::newRow("nl") << u"nl"_s
                        << QStringList{u"Basis"_s, u"Zelfontplooiing"_s, u"Ambitie"_s,
                                       u"Vitaliteit"_s, u"Aantrekkingskracht"_s};
}

void TestReportCommand::figures_areTheProfileCommands()
{
    QFETCH(QString, language);
    QFETCH(QStringList, domains);
    const QString pdf = out(u"figures-%1.pdf"_s.arg(language));
    const Run written =
        drivedeck({u"report"_s, u"Team day"_s, u"-o"_s, pdf, u"--language"_s, language});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const QString text = pdfText(pdf);
    const QLocale locale(language == u"nl"_s ? QLocale::Dutch : QLocale::English,
                         language == u"nl"_s ? QLocale::Netherlands : QLocale::UnitedKingdom);
    auto percent = [&locale](double share) {
        return locale.toString(share * 100.0, 'f', 1) + u" %"_s;
    };

    for (const QString &round : {u"Now"_s, u"Desired"_s}) {
        const Run profile =
            drivedeck({u"profile"_s, u"Team day"_s, u"--round"_s, round, u"--format"_s, u"json"_s});
        QVERIFY2(profile.exitCode == 0, qPrintable(profile.err));
        const QJsonArray json =
            QJsonDocument::fromJson(profile.out.toUtf8()).object()[u"domains"_s].toArray();
        QCOMPARE(json.size(), 5);
        // The round's section: its heading, then its table of domains, a row each with the
        // share (one decimal), the affinity (a whole number) and the picks.
        const qsizetype section =
            text.indexOf(QRegularExpression(u"(Round|Ronde): %1\\n"_s.arg(round)));
        QVERIFY2(section >= 0, qPrintable(round));
        for (qsizetype i = 0; i < json.size(); ++i) {
            const QJsonObject domain = json.at(i).toObject();
            const QRegularExpression row(u"\\n\\s*%1\\s+%2\\s+%3\\s+%4\\s"_s.arg(
                QRegularExpression::escape(domains.at(i)),
                QRegularExpression::escape(percent(domain[u"share"_s].toDouble())),
                QString::number(domain[u"affinityIndex"_s].toInt()),
                QString::number(domain[u"picks"_s].toInt())));
            const QRegularExpressionMatch match = row.match(text, section);
            QVERIFY2(match.hasMatch(), qPrintable(row.pattern()));
            QVERIFY(match.capturedStart() - section < 1500); // in this round's own table
        }
    }
    const Run compare = drivedeck({u"compare"_s, u"Team day"_s, u"--round"_s, u"Now"_s,
                                   u"--round"_s, u"Desired"_s, u"--format"_s, u"json"_s});
    QVERIFY2(compare.exitCode == 0, qPrintable(compare.err));
    const double alignment =
        QJsonDocument::fromJson(compare.out.toUtf8()).object()[u"alignment"_s].toDouble();
    const QString aligned = language == u"nl"_s ? u"Overeenkomst met “Desired”: %1"_s
                                                : u"Alignment with “Desired”: %1"_s;
    QVERIFY2(text.simplified().contains(aligned.arg(percent(alignment))),
             qPrintable(aligned.arg(percent(alignment))));
}

void TestReportCommand::anonymous_namesNobody_inTextOrMetadata()
{
    const QString pdf = out(u"anonymous.pdf"_s);
    const Run written = drivedeck({u"report"_s, u"Team day"_s, u"-o"_s, pdf, u"--anonymous"_s,
                                   u"--include"_s, u"stories,grid"_s});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const QString text = pdfText(pdf);
    const QString metadata = run(m_pdfinfo, {pdf}, false).out;
    QVERIFY(text.contains(u"Appendix: who picked what"_s));
    QVERIFY(text.contains(u"said it too"_s)); // the stories are there, their names are not
    for (const QString &name : People) {
        const QRegularExpression word(u"\\b%1\\b"_s.arg(name),
                                      QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!text.contains(word), qPrintable(name));
        QVERIFY2(!metadata.contains(word), qPrintable(name));
    }
    // Without --anonymous the appendix names the people: the check above can fail.
    const QString named = out(u"named.pdf"_s);
    QCOMPARE(
        drivedeck({u"report"_s, u"Team day"_s, u"-o"_s, named, u"--include"_s, u"grid"_s}).exitCode,
        0);
    QVERIFY(pdfText(named).contains(QRegularExpression(u"\\bLotte\\b"_s)));
}

void TestReportCommand::compareAndInclude_chooseWhatIsIn()
{
    const QString pdf = out(u"chosen.pdf"_s);
    const Run written = drivedeck({u"report"_s, u"Team day"_s, u"-o"_s, pdf, u"--compare"_s,
                                   u"Desired:Now"_s, u"--include"_s, u"stories"_s});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QVERIFY(written.out.startsWith(u"Wrote %1: the report on “Team day”, "_s.arg(pdf)));
    QVERIFY(written.out.contains(u" pages, in English."_s));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u"From “Desired” to “Now”"_s));
    QVERIFY(!text.contains(u"From “Now” to “Desired”"_s));
    QVERIFY(text.contains(u"Appendix: the stories"_s));
    QVERIFY(!text.contains(u"Appendix: who picked what"_s));
}

void TestReportCommand::wrongUsage_exitsWith2AndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{u"Team day"_s} << 2
                             << u"give the report to write with -o, ending in .pdf"_s;
    QTest::newRow("not a pdf") << QStringList{u"Team day"_s, u"-o"_s, u"%OUT%.txt"_s} << 2
                               << u"give the report to write with -o, ending in .pdf"_s;
    QTest::newRow("language") << QStringList{u"Team day"_s, u"-o"_s, u"%OUT%.pdf"_s,
                                             u"--language"_s, u"fr"_s}
                              << 2 << u"unknown language \"fr\": use en, nl"_s;
    QTest::newRow("appendix") << QStringList{u"Team day"_s, u"-o"_s, u"%OUT%.pdf"_s, u"--include"_s,
                                             u"stories,photos"_s}
                              << 2 << u"unknown appendix \"photos\": use stories, grid"_s;
    QTest::newRow("compare") << QStringList{u"Team day"_s, u"-o"_s, u"%OUT%.pdf"_s, u"--compare"_s,
                                            u"Now:Later"_s}
                             << 1 << u"“Team day” has no round called “Later”"_s;
    QTest::newRow("two sessions") << QStringList{u"Team day"_s, u"Other"_s, u"-o"_s, u"%OUT%.pdf"_s}
                                  << 2 << u"give one session"_s;
}

void TestReportCommand::wrongUsage_exitsWith2AndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString stem = out(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-'));
    arguments.replaceInStrings(u"%OUT%"_s, stem);
    const Run result = drivedeck(QStringList{u"report"_s} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(stem + u".pdf"_s));
}

void TestReportCommand::unknownSession_failsWithOneLine()
{
    const Run result = drivedeck({u"report"_s, u"No such session"_s, u"-o"_s, out(u"none.pdf"_s)});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.trimmed().count(u'\n'), 0);
    QVERIFY(!QFile::exists(out(u"none.pdf"_s)));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
