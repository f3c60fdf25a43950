#include "programrun.h"

#include <QDir>
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
};

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

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
