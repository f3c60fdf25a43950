#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Five people, one card each, so every share is a count over five: "Now" is Basics 40 %,
// Self-development, Ambition and Vitality 20 % each; "Desired" Self-development 60 %, Basics and
// Vitality 20 %. Eva says "not me" to Standing in "Now".
const QString Charts = QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/charts.csv");
// Three people: fewer than the smallest group (five).
const QString Workshop = QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/workshop.csv");

using Run = DriveDeck::Testing::ProgramRun;
using DriveDeck::Testing::runProgram;

// The text an SVG shows, one string per <text> element, entities decoded.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString svg = QString::fromUtf8(file.readAll());
    static const QRegularExpression text(u"<text[^>]*>([^<]*)</text>"_s);
    QStringList texts;
    for (const QRegularExpressionMatch &match : text.globalMatch(svg)) {
        QString t = match.captured(1).trimmed();
        t.replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
        t.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s);
        texts.append(t);
    }
    return texts;
}

} // namespace

// `drivedeck chart` as a person runs it: the real program, no display, a database of its own.
class TestChartCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void domains_svgCarriesTheLabelledFigures_data();
    void domains_svgCarriesTheLabelledFigures();
    void compare_svgCarriesSignedDeltasAndAlignment_data();
    void compare_svgCarriesSignedDeltasAndAlignment();
    void everyKind_writesEveryFormat_data();
    void everyKind_writesEveryFormat();
    void grid_anonymousShowsNoName();
    void size_isThePictures();
    void belowTheMinimumGroup_drawsNothingAndSaysWhy();
    void wrongUsage_exitsWith2AndWritesNothing_data();
    void wrongUsage_exitsWith2AndWritesNothing();

private:
    Run run(const QStringList &arguments);
    QString out(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_database;
    QString m_rsvg;
    QString m_qpdf;
};

void TestChartCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(u"charts.sqlite"_s);
    m_rsvg = QStandardPaths::findExecutable(u"rsvg-convert"_s);
    m_qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    QCOMPARE(run({u"import"_s, Charts, u"--title"_s, u"Charts"_s}).exitCode, 0);
    QCOMPARE(run({u"import"_s, Charts, u"--title"_s, u"Other team"_s}).exitCode, 0);
    QCOMPARE(run({u"import"_s, Workshop, u"--title"_s, u"Small"_s}).exitCode, 0);
}

Run TestChartCommand::run(const QStringList &arguments)
{
    // No display, and settings of its own (the smallest group: five, the default).
    return runProgram(QStringLiteral(DRIVEDECK_BINARY),
                      arguments + QStringList{u"--database"_s, m_database}, m_dir.path());
}

void TestChartCommand::domains_svgCarriesTheLabelledFigures_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("labels");
    // Share with one decimal and the affinity index: 0.4 / (6/24) = 160, 0.2 / (6/24) = 80,
    // 0.2 / (8/24) = 60, 0.2 / (2/24) = 240.
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"Basics 40.0 % · 160"_s, u"Self-development 20.0 % · 80"_s,
                                       u"Ambition 20.0 % · 60"_s, u"Vitality 20.0 % · 240"_s,
                                       u"Attraction 0.0 % · 0"_s};
    QTest::newRow("nl") << u"nl"_s
                        << QStringList{u"Basis 40,0 % · 160"_s, u"Zelfontplooiing 20,0 % · 80"_s,
                                       u"Ambitie 20,0 % · 60"_s, u"Vitaliteit 20,0 % · 240"_s,
                                       u"Aantrekkingskracht 0,0 % · 0"_s};
}

void TestChartCommand::domains_svgCarriesTheLabelledFigures()
{
    QFETCH(QString, language);
    QFETCH(QStringList, labels);
    const QString svg = out(u"domains-%1.svg"_s.arg(language));
    const Run chart = run({u"chart"_s, u"Charts"_s, u"--round"_s, u"Now"_s, u"--kind"_s,
                           u"domains"_s, u"-o"_s, svg, u"--language"_s, language});
    QCOMPARE(chart.exitCode, 0);
    QVERIFY2(chart.out.contains(svg), qPrintable(chart.out));
    const QStringList texts = svgTexts(svg);
    for (const QString &label : labels)
        QVERIFY2(texts.contains(label), qPrintable(label + u" not in "_s + texts.join(u" | "_s)));
}

void TestChartCommand::compare_svgCarriesSignedDeltasAndAlignment_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("against");
    QTest::addColumn<QStringList>("labels");
    // Now → Desired: Basics 40 → 20, Self-development 20 → 60, Ambition 20 → 0; drive shares
    // move 0.2 + 0.4 + 0.2 (+ 0 for Fit), so the alignment is 1 - 0.8 / 2 = 60.0 %.
    const QStringList deltasEn{u"Basics −20.0 pp"_s, u"Self-development +40.0 pp"_s,
                               u"Ambition −20.0 pp"_s, u"Vitality 0.0 pp"_s,
                               u"Attraction 0.0 pp"_s};
    QTest::newRow("same session, en")
        << u"en"_s << QStringList{u"--against-round"_s, u"Desired"_s}
        << deltasEn + QStringList{u"From “Now” to “Desired”: change per domain · aligned 60.0 %"_s};
    QTest::newRow("same session, nl")
        << u"nl"_s << QStringList{u"--against-round"_s, u"Desired"_s}
        << QStringList{u"Basis −20,0 %-punt"_s, u"Zelfontplooiing +40,0 %-punt"_s,
                       u"Ambitie −20,0 %-punt"_s, u"Vitaliteit 0,0 %-punt"_s};
    QTest::newRow("another session, en")
        << u"en"_s
        << QStringList{u"--against"_s, u"Other team"_s, u"--against-round"_s, u"Desired"_s}
        << deltasEn +
               QStringList{u"From “Charts, Now” to “Other team, Desired”: change per domain · "
                           u"aligned 60.0 %"_s};
}

void TestChartCommand::compare_svgCarriesSignedDeltasAndAlignment()
{
    QFETCH(QString, language);
    QFETCH(QStringList, against);
    QFETCH(QStringList, labels);
    const QString svg = out(
        u"compare-%1.svg"_s.arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
    const Run chart = run(QStringList{u"chart"_s, u"Charts"_s, u"--round"_s, u"Now"_s, u"--kind"_s,
                                      u"compare"_s, u"-o"_s, svg, u"--language"_s, language} +
                          against);
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    const QStringList texts = svgTexts(svg);
    for (const QString &label : labels)
        QVERIFY2(texts.contains(label), qPrintable(label + u" not in "_s + texts.join(u" | "_s)));
}

void TestChartCommand::everyKind_writesEveryFormat_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    for (const QString &kind : {u"domains"_s, u"drives"_s, u"radar"_s, u"grid"_s, u"compare"_s}) {
        for (const QString &format : {u"svg"_s, u"png"_s, u"pdf"_s}) {
            for (const QString &language : {u"en"_s, u"nl"_s})
                QTest::addRow("%s %s %s", qPrintable(kind), qPrintable(format),
                              qPrintable(language))
                    << kind << format << language;
        }
    }
}

void TestChartCommand::everyKind_writesEveryFormat()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QFETCH(QString, language);
    const QString file = out(u"%1-%2.%3"_s.arg(kind, language, format));
    QStringList arguments{u"chart"_s, u"Charts"_s, u"--kind"_s,     kind,
                          u"-o"_s,    file,        u"--language"_s, language};
    if (kind == u"compare"_s)
        arguments << u"--against-round"_s << u"Desired"_s;
    const Run chart = run(arguments);
    QVERIFY2(chart.exitCode == 0, qPrintable(chart.err));
    QVERIFY(QFileInfo(file).size() > 1000);
    if (format == u"png") {
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1600, 900));
    } else if (format == u"svg") {
        QVERIFY(!svgTexts(file).isEmpty());
        if (m_rsvg.isEmpty())
            QSKIP("rsvg-convert is not installed (the quick start's test command installs it)");
        QProcess rsvg;
        rsvg.start(m_rsvg, {file, u"-o"_s, file + u".png"_s});
        QVERIFY(rsvg.waitForFinished(30000));
        QVERIFY2(rsvg.exitCode() == 0, rsvg.readAllStandardError().constData());
        const QImage rendered(file + u".png"_s);
        QVERIFY(!rendered.isNull());
        QCOMPARE(rendered.size(), QSize(1600, 900));
    } else {
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        if (m_qpdf.isEmpty())
            QSKIP("qpdf is not installed (the quick start's test command installs it)");
        QProcess qpdf;
        qpdf.start(m_qpdf, {u"--check"_s, file});
        QVERIFY(qpdf.waitForFinished(30000));
        QVERIFY2(qpdf.exitCode() == 0, qpdf.readAllStandardOutput().constData());
    }
}

void TestChartCommand::grid_anonymousShowsNoName()
{
    const QString named = out(u"grid-named.svg"_s), anonymous = out(u"grid-anonymous.svg"_s);
    QCOMPARE(run({u"chart"_s, u"Charts"_s, u"--kind"_s, u"grid"_s, u"-o"_s, named}).exitCode, 0);
    QCOMPARE(
        run({u"chart"_s, u"Charts"_s, u"--kind"_s, u"grid"_s, u"-o"_s, anonymous, u"--anonymous"_s})
            .exitCode,
        0);
    const QStringList people{u"Anna"_s, u"Bram"_s, u"Cas"_s, u"Dewi"_s, u"Eva"_s};
    const QStringList namedTexts = svgTexts(named), anonymousTexts = svgTexts(anonymous);
    for (const QString &person : people) {
        QVERIFY(namedTexts.contains(person));
        QVERIFY2(!anonymousTexts.join(u' ').contains(person), qPrintable(person));
    }
    QVERIFY(anonymousTexts.contains(u"Person 1"_s));
    QVERIFY(anonymousTexts.contains(u"Person 5"_s));
    // The cards in the header: names and numbers.
    QVERIFY(namedTexts.contains(u"Idealism"_s));
    QVERIFY(namedTexts.contains(u"24"_s));
}

void TestChartCommand::size_isThePictures()
{
    const QString png = out(u"small.png"_s);
    const Run chart = run({u"chart"_s, u"Charts"_s, u"--kind"_s, u"drives"_s, u"-o"_s, png,
                           u"--size"_s, u"1366x768"_s});
    QCOMPARE(chart.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(1366, 768));
}

void TestChartCommand::belowTheMinimumGroup_drawsNothingAndSaysWhy()
{
    const QString svg = out(u"small.svg"_s);
    const Run chart = run({u"chart"_s, u"Small"_s, u"--kind"_s, u"domains"_s, u"-o"_s, svg});
    QCOMPARE(chart.exitCode, 1);
    QVERIFY2(chart.err.contains(u"has 3 people with picks; a chart needs at least 5"_s),
             qPrintable(chart.err));
    QVERIFY(!QFile::exists(svg));
    // A comparison needs both sides big enough.
    const Run compare = run({u"chart"_s, u"Charts"_s, u"--kind"_s, u"compare"_s, u"--against"_s,
                             u"Small"_s, u"-o"_s, svg});
    QCOMPARE(compare.exitCode, 1);
    QVERIFY(!QFile::exists(svg));
}

void TestChartCommand::wrongUsage_exitsWith2AndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString svg = u"wrong.svg"_s;
    QTest::newRow("unknown kind") << QStringList{u"Charts"_s, u"--kind"_s, u"pie"_s, u"-o"_s, svg}
                                  << u"unknown kind \"pie\""_s;
    QTest::newRow("no output") << QStringList{u"Charts"_s} << u"-o"_s;
    QTest::newRow("wrong extension")
        << QStringList{u"Charts"_s, u"-o"_s, u"wrong.jpg"_s} << u".svg, .png or .pdf"_s;
    QTest::newRow("bad size") << QStringList{u"Charts"_s, u"-o"_s, svg, u"--size"_s, u"big"_s}
                              << u"\"big\" is not a size"_s;
    QTest::newRow("tiny size") << QStringList{u"Charts"_s, u"-o"_s, svg, u"--size"_s, u"10x10"_s}
                               << u"from 200 to 8000 pixels"_s;
    QTest::newRow("compare without other")
        << QStringList{u"Charts"_s, u"--kind"_s, u"compare"_s, u"-o"_s, svg}
        << u"--kind compare needs --against-round"_s;
    QTest::newRow("against without compare")
        << QStringList{u"Charts"_s, u"--against-round"_s, u"Desired"_s, u"-o"_s, svg}
        << u"go with --kind compare"_s;
    QTest::newRow("unknown language")
        << QStringList{u"Charts"_s, u"-o"_s, svg, u"--language"_s, u"fr"_s}
        << u"unknown language \"fr\""_s;
}

void TestChartCommand::wrongUsage_exitsWith2AndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QDir here(m_dir.path());
    for (QString &argument : arguments) {
        if (argument.startsWith(u"wrong."_s))
            argument = here.filePath(argument);
    }
    const Run chart = run(QStringList{u"chart"_s} + arguments);
    QCOMPARE(chart.exitCode, 2);
    QVERIFY2(chart.err.contains(message), qPrintable(chart.err));
    QVERIFY(!QFile::exists(here.filePath(u"wrong.svg"_s)));
}

QTEST_GUILESS_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
