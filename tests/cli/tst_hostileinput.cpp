#include "programrun.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using DriveDeck::Testing::runProgram;

// The real program given every hostile file the fuzzers and the attack found
// (tests/fuzz/regression/): each refusal is exactly one clean line on stderr, short enough to
// read, with no control character from the file in it; --verbose adds the details.
class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import_saysOneCleanLine_data();
    void import_saysOneCleanLine();
    void verbose_addsTheDetails();
    void deckImport_brokenManifest_saysOneCleanLine();
};

void TestHostileInput::import_saysOneCleanLine_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &target : {u"sessionfile"_s, u"picks_csv"_s}) {
        QDirIterator it(QStringLiteral(DRIVEDECK_FUZZ_DIR "/regression/") + target, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(target + u'/' + it.fileName())) << path;
        }
    }
}

void TestHostileInput::import_saysOneCleanLine()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    const auto run =
        runProgram(QStringLiteral(DRIVEDECK_BINARY),
                   {u"import"_s, path, u"--database"_s, dir.filePath(u"db.sqlite"_s)}, dir.path());
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
    if (run.exitCode == 0) {
        // Some are only odd, not wrong (zero-width names, quotes inside a title): imported.
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        return;
    }
    QVERIFY2(run.err.endsWith(u'\n'), qPrintable(run.err));
    const QString line = run.err.chopped(1);
    QVERIFY2(!line.contains(u'\n'), qPrintable(run.err));
    QVERIFY2(line.startsWith(u"drivedeck import: "_s), qPrintable(line));
    // Twenty problems at most, each cutting what it repeats from the file.
    QVERIFY2(line.size() < 4000, qPrintable(QString::number(line.size())));
    for (const QChar c : line)
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(line));
    QVERIFY2(!line.contains(u"QSqlError"_s) && !line.contains(u"boost"_s, Qt::CaseInsensitive),
             qPrintable(line));
}

void TestHostileInput::verbose_addsTheDetails()
{
    QTemporaryDir dir;
    const QString path =
        QStringLiteral(DRIVEDECK_FUZZ_DIR "/regression/sessionfile/end-tag-longer.drivedeck");
    const QStringList arguments{u"import"_s, path, u"--database"_s, dir.filePath(u"db.sqlite"_s)};
    const auto quiet = runProgram(QStringLiteral(DRIVEDECK_BINARY), arguments, dir.path());
    QCOMPARE(quiet.exitCode, 1);
    QCOMPARE(quiet.err.count(u'\n'), 1);
    const auto verbose = runProgram(QStringLiteral(DRIVEDECK_BINARY),
                                    arguments + QStringList{u"--verbose"_s}, dir.path());
    QCOMPARE(verbose.exitCode, 1);
    QVERIFY2(verbose.err.contains(u"cannot parse"_s), qPrintable(verbose.err));
    QVERIFY2(verbose.err.contains(quiet.err), qPrintable(verbose.err));
}

void TestHostileInput::deckImport_brokenManifest_saysOneCleanLine()
{
    QTemporaryDir dir;
    const QString deck = dir.filePath(u"deck"_s);
    QVERIFY(QDir().mkpath(deck));
    QFile manifest(deck + u"/deck.json"_s);
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("{\"images\":{\"\\u001b[2J" + QByteArray(5000, 'x') + "\":[\"a.jpg\"]}}");
    manifest.close();
    const auto run =
        runProgram(QStringLiteral(DRIVEDECK_BINARY), {u"deck"_s, u"import"_s, deck}, dir.path());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.size() < 400, qPrintable(run.err));
    for (const QChar c : run.err.chopped(1))
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
