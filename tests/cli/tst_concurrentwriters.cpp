#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// Several DriveDecks writing to one SQLite file at once, as the real program runs: the first
// start of a new database is made once, whoever comes first, and nobody fails.
class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourImports_intoANewDatabase_allSucceed_data();
    void fourImports_intoANewDatabase_allSucceed();
    void fourLargeImports_atOnce_allSucceed();
};

namespace {

// 80,000 people with five ranked cards each: 400,000 picks, some 16 MB.
void writeLargeCsv(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray csv = "round,participant,drive,rank\n";
    for (int person = 0; person < 80'000; ++person) {
        for (int rank = 1; rank <= 5; ++rank) {
            const int drive = (person * 7 + rank * 5) % 24 + 1;
            csv += "What drives you now?,Person " + QByteArray::number(person) + ',' +
                   QByteArray::number(drive) + ',' + QByteArray::number(rank) + '\n';
        }
    }
    QCOMPARE(file.write(csv), csv.size());
}

} // namespace

void TestConcurrentWriters::fourImports_intoANewDatabase_allSucceed_data()
{
    QTest::addColumn<int>("trial");
    for (int trial = 1; trial <= 20; ++trial)
        QTest::newRow(qPrintable(u"trial %1"_s.arg(trial))) << trial;
}

void TestConcurrentWriters::fourImports_intoANewDatabase_allSucceed()
{
    QFETCH(int, trial);
    QTemporaryDir dir;
    const QString database = dir.filePath(u"new-%1.sqlite"_s.arg(trial));
    const QProcessEnvironment env = DriveDeck::Testing::isolatedEnvironment(dir.path());
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 4; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(DRIVEDECK_BINARY),
                       {u"import"_s, QStringLiteral(DRIVEDECK_TEST_DATA_DIR "/charts.csv"),
                        u"--title"_s, u"Import %1"_s.arg(i), u"--database"_s, database});
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    QProcess list;
    list.setProcessEnvironment(env);
    list.start(QStringLiteral(DRIVEDECK_BINARY), {u"list"_s, u"--database"_s, database});
    QVERIFY(list.waitForFinished(30000));
    const QString listed = QString::fromUtf8(list.readAllStandardOutput());
    for (int i = 0; i < 4; ++i)
        QVERIFY2(listed.contains(u"Import %1"_s.arg(i)), qPrintable(listed));
}

// Four facilitators importing a large survey each into one database: the imports take turns
// for the write lock (each holds it for its one transaction) and every one of them succeeds,
// where a 10 s wait made two of twelve fail with "cannot be reached: database is locked".
void TestConcurrentWriters::fourLargeImports_atOnce_allSucceed()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"survey.csv"_s);
    writeLargeCsv(csv);
    if (QTest::currentTestFailed())
        return;
    const QString database = dir.filePath(u"shared.sqlite"_s);
    const QProcessEnvironment env = DriveDeck::Testing::isolatedEnvironment(dir.path());
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 4; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(
            QStringLiteral(DRIVEDECK_BINARY),
            {u"import"_s, csv, u"--title"_s, u"Survey %1"_s.arg(i), u"--database"_s, database});
        processes.push_back(std::move(process));
    }
    int waited = 0;
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(400'000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(u"cannot be reached"_s), qPrintable(err));
        waited += err.contains(u"waiting for another DriveDeck"_s) ? 1 : 0;
    }
    // Those who had to wait said so, on one line each.
    QVERIFY2(waited >= 1, "nobody said they were waiting for the lock");
    QProcess list;
    list.setProcessEnvironment(env);
    list.start(QStringLiteral(DRIVEDECK_BINARY), {u"list"_s, u"--database"_s, database});
    QVERIFY(list.waitForFinished(60'000));
    const QString listed = QString::fromUtf8(list.readAllStandardOutput());
    for (int i = 0; i < 4; ++i)
        QVERIFY2(listed.contains(u"Survey %1"_s.arg(i)), qPrintable(listed));
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
